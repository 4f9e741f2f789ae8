-- Vietnamese order for unit names in SQL (đ after d, "thôn 2" before "thôn 10"), so lists the database sorts and
-- pages come out as people read them. vn_sort_key is the twin of textSortKey in server/core/vn.ts, line for line;
-- tests/api/vn-sort-key.test.ts compares the two on every Vietnamese letter, tone and case, and on the demo names.
--
-- Differences of means, not of result: the JS lower-cases before NFD; here NFD comes first and only A–Z and Đ are
-- lower-cased (lower() depends on the database's locale; every other upper-case letter that can end in the key
-- decomposes to A–Z plus marks). No unaccent: every function used is built in, so the function is IMMUTABLE for real.
CREATE OR REPLACE FUNCTION vn_sort_key(t text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
  -- JavaScript's \s (and String.prototype.trim): the separators textSortKey splits words on.
  ws constant text := E'[\t\n\x0b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+';
  -- Vietnamese alphabet, with f j w z where Latin puts them; the n-th letter is coded chr(47 + n): '0', '1', ...
  alphabet constant text := 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
  words text[];
  w text;
  chars text[];
  n int;
  i int;
  ch text;
  mark int;
  tone text;
  pos int;
  p text;
  tn text;
  primaries text[] := '{}';
  tones text[] := '{}';
BEGIN
  t := regexp_replace(t, '^' || ws || '|' || ws || '$', '', 'g');
  IF t = '' THEN
    RETURN ' ';
  END IF;
  words := regexp_split_to_array(t, ws);
  FOREACH w IN ARRAY words LOOP
    IF w ~ '^[0-9]+$' THEN
      -- A number compares by value (padStart never shortens: 10 digits and more stay as they are).
      primaries := primaries || ('/' || CASE WHEN length(w) >= 9 THEN w ELSE lpad(w, 9, '0') END);
      tones := tones || ''::text;
      CONTINUE;
    END IF;
    chars := string_to_array(translate(normalize(w, NFD), 'ABCDEFGHIJKLMNOPQRSTUVWXYZĐ', 'abcdefghijklmnopqrstuvwxyzđ'), NULL);
    n := coalesce(array_length(chars, 1), 0);
    p := '';
    tn := '';
    i := 1;
    WHILE i <= n LOOP
      ch := chars[i];
      tone := '0';
      -- Combining marks U+0300–U+036F: a tone mark gives the tone, any other (breve, circumflex, horn) joins the letter.
      WHILE i < n AND ascii(chars[i + 1]) BETWEEN 768 AND 879 LOOP
        i := i + 1;
        mark := ascii(chars[i]);
        IF mark = 768 THEN tone := '1';      -- huyền
        ELSIF mark = 777 THEN tone := '2';   -- hỏi
        ELSIF mark = 771 THEN tone := '3';   -- ngã
        ELSIF mark = 769 THEN tone := '4';   -- sắc
        ELSIF mark = 803 THEN tone := '5';   -- nặng
        ELSE ch := normalize(ch || chars[i], NFC);
        END IF;
      END LOOP;
      pos := CASE WHEN length(ch) = 1 THEN strpos(alphabet, ch) ELSE 0 END;
      IF pos > 0 THEN
        p := p || chr(47 + pos);
        tn := tn || tone;
      ELSIF ch ~ '[0-9]' THEN
        p := p || '/' || ch; -- digits sort before letters
      END IF;
      i := i + 1;
    END LOOP;
    primaries := primaries || p;
    tones := tones || tn;
  END LOOP;
  RETURN array_to_string(primaries, '!') || ' ' || array_to_string(tones, '');
END
$$;

-- Byte order ("C") on the key is Vietnamese order on the name.
ALTER TABLE orgs ADD COLUMN sort_key text COLLATE "C" GENERATED ALWAYS AS (vn_sort_key(name)) STORED;
