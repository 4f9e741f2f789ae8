import { defineMessages } from '../../core/i18n.js';

defineMessages({
  username_chars: { vi: 'Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -', en: 'Username may contain only letters, digits and . _ -' },
  grant_outside: { vi: 'Chỉ được phân quyền tại đơn vị trong phạm vi quản lý', en: 'Roles can only be granted within your units' },
  last_grant: { vi: 'Tài khoản phải còn ít nhất một vai trò', en: 'An account must keep at least one role' },
  self_deactivate: { vi: 'Không thể tự khóa tài khoản của mình', en: 'You cannot deactivate your own account' },
});
