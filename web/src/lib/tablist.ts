/**
 * Ant Design's tab bar puts its "more tabs" button (shown when the tabs overflow, as on a phone) inside the element
 * with role=tablist, where only tabs may be (axe: aria-required-children, critical). The role moves to the list of
 * tabs itself, whose children are the tabs; React leaves the moved attribute alone since its props do not change.
 */
function fix(root: ParentNode) {
  root.querySelectorAll('.ant-tabs-nav[role="tablist"]').forEach((nav) => {
    const list = nav.querySelector('.ant-tabs-nav-list');
    if (!list) return;
    list.setAttribute('role', 'tablist');
    const orientation = nav.getAttribute('aria-orientation');
    if (orientation) list.setAttribute('aria-orientation', orientation);
    nav.removeAttribute('role');
    nav.removeAttribute('aria-orientation');
  });
}

export function watchTablists(root: HTMLElement = document.body) {
  fix(root);
  new MutationObserver(() => fix(root)).observe(root, { childList: true, subtree: true });
}
