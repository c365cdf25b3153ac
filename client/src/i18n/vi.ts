/** Vietnamese: the default language. Every UI string lives here first; en.ts must match its keys. */
import { editorVi } from '../editor/messages/vi.js';
import { adminVi } from '../admin/messages/vi.js';
import { reviewVi } from '../review/messages/vi.js';
import { indicatorsVi } from '../indicators/messages/vi.js';
import { versionsVi } from '../versions/messages/vi.js';
import { wordImportVi } from '../wordImport/messages/vi.js';
import { readerVi } from '../reader/messages/vi.js';
import { workflowVi } from '../workflow/messages/vi.js';
import { searchVi } from '../search/messages/vi.js';

export const vi = {
  ...editorVi,
  ...reviewVi,
  ...workflowVi,
  ...adminVi,
  ...indicatorsVi,
  ...versionsVi,
  ...searchVi,
  ...wordImportVi,
  ...readerVi,
  'app.name': 'PlanFold',
  'app.skipToContent': 'Bỏ qua đến nội dung chính',
  'app.loading': 'Đang tải…',
  'app.retry': 'Thử lại',
  'app.notFound': 'Không tìm thấy trang này.',
  'app.backHome': 'Về trang chủ',
  'app.loadFailed': 'Không tải được dữ liệu: {message}',
  'app.networkError': 'Không kết nối được tới máy chủ.',

  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'header.user': 'Người dùng đang đăng nhập',
  'header.logout': 'Đăng xuất',
  'header.loggingOut': 'Đang đăng xuất…',

  'role.editor': 'Cán bộ soạn thảo',
  'role.consultant': 'Tư vấn',
  'role.coordinator': 'Điều phối',
  'role.leader': 'Ban Chỉ đạo',
  'role.admin': 'Quản trị hệ thống',

  'login.title': 'Đăng nhập',
  'login.intro': 'Hệ thống soạn thảo quy hoạch tỉnh. Đăng nhập bằng tài khoản được cấp.',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.submitting': 'Đang đăng nhập…',
  'login.invalid': 'Sai tên đăng nhập hoặc mật khẩu',
  'login.rateLimited': 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  'login.rateLimitedMinutes': 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
  'login.rateLimitedNoTime': 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
  'login.failed': 'Không đăng nhập được: {message}',
  'login.required': 'Vui lòng nhập tên đăng nhập và mật khẩu.',

  'origin.title': 'PlanFold không nhận địa chỉ này',
  'origin.refused':
    'Máy chủ PlanFold từ chối các yêu cầu gửi từ {origin}: từ địa chỉ này không thể đăng nhập hay soạn thảo.',
  'origin.useAllowed':
    'Hãy mở PlanFold bằng địa chỉ quản trị viên đã cung cấp (máy chủ ghi địa chỉ này khi khởi động).',
  'origin.howToAllow':
    'Quản trị viên có thể cho phép địa chỉ này: thêm {origin} vào biến môi trường PUBLIC_ORIGIN của máy chủ (các địa chỉ cách nhau bằng dấu phẩy), rồi khởi động lại máy chủ.',

  'plans.title': 'Các quy hoạch',
  'plans.empty': 'Chưa có quy hoạch nào.',
  'plans.showArchived': 'Hiện cả quy hoạch đã lưu trữ',
  'plans.archivedMark': 'Đã lưu trữ',
  'plans.archivedBanner': 'Quy hoạch này đã được lưu trữ: chỉ đọc, không chỉnh sửa được.',
  'plans.period': 'Thời kỳ {start} - {end}, tầm nhìn đến năm {vision}',

  'plan.outline': 'Đề cương quy hoạch',
  'plan.toc': 'Mục lục',
  'plan.live': 'Cập nhật trực tiếp',
  'plan.liveOff': 'Chưa nhận được cập nhật trực tiếp',
  'plan.col.number': 'Số mục',
  'plan.col.title': 'Tên mục',
  'plan.col.owner': 'Cơ quan chủ trì',
  'plan.col.status': 'Trạng thái',
  'plan.col.due': 'Hạn',
  'plan.locked': 'Đã khóa',
  'plan.sectionCount': '{count} mục',
  'plan.sectionNotFound': 'Không tìm thấy mục này trong quy hoạch.',
  'plan.backToOutline': 'Về đề cương',

  'section.emptyWriter':
    'Mục này còn trống. Hãy viết nội dung về “{title}” vào khung dưới đây; {agency} chủ trì viết mục này.',
  'section.emptyReader': 'Mục này chưa có nội dung. {agency} chủ trì viết mục này về “{title}”.',
  'section.owner': 'Chủ trì: {agency}',
  'section.status': 'Trạng thái',
  'section.due': 'Hạn: {date}',
  'section.synthesis': 'Mục tổng hợp',

  'readonly.notOwner': 'Mục này do {agency} chủ trì',
  'readonly.locked': 'Đã khóa bởi {byName} ({agency}) ngày {date}.',
  'readonly.lockNote': 'Ghi chú: {note}',
  'readonly.status': 'Mục đang ở trạng thái {status}: chưa thể chỉnh sửa',
  'readonly.role': 'Vai trò của bạn chỉ được đọc và góp ý',
  'readonly.other': 'Bạn không thể chỉnh sửa mục này.',

  'toolbar.label': 'Định dạng văn bản',
  'toolbar.bold': 'In đậm',
  'toolbar.italic': 'In nghiêng',
  'toolbar.underline': 'Gạch chân',
  'toolbar.h2': 'Tiêu đề cấp 2',
  'toolbar.h3': 'Tiêu đề cấp 3',
  'toolbar.bulletList': 'Danh sách gạch đầu dòng',
  'toolbar.orderedList': 'Danh sách đánh số',
  'toolbar.link': 'Chèn hoặc sửa liên kết',
  'toolbar.linkPrompt':
    'Địa chỉ liên kết (http://, https:// hoặc mailto:). Để trống để bỏ liên kết.',
  'toolbar.linkInvalid':
    'Liên kết không hợp lệ: chỉ chấp nhận địa chỉ http://, https:// hoặc mailto:',
  'toolbar.insertTable': 'Chèn bảng',
  'toolbar.deleteRow': 'Xóa hàng',
  'toolbar.deleteColumn': 'Xóa cột',

  'editor.label': 'Nội dung mục {number}',
  'editor.reloading': 'Đang tải lại nội dung từ máy chủ…',

  'connection.label': 'Trạng thái kết nối',
  'connection.connecting': 'Đang kết nối…',
  'connection.saved': 'Đã lưu',
  'connection.saving': 'Đang lưu…',
  'connection.offline': 'Mất kết nối — thay đổi sẽ được gửi khi có mạng',
  'connection.notFound': 'Máy chủ không có mục này.',
  'connection.restarting': 'Máy chủ đang khởi động lại — đang kết nối lại, không mất thay đổi nào',

  'presence.title': 'Đang trong mục này',
  'presence.empty': 'Chưa có ai.',
  'presence.you': '(bạn)',
  'presence.tabs': '{count} cửa sổ',

  'refusal.locked':
    'Thay đổi của bạn không được lưu vì mục đã bị khóa. Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.notOwner':
    'Thay đổi của bạn không được lưu vì mục này do cơ quan khác chủ trì. Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.status':
    'Thay đổi của bạn không được lưu vì trạng thái của mục không cho phép chỉnh sửa. Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.role':
    'Thay đổi của bạn không được lưu vì vai trò của bạn chỉ được đọc và góp ý. Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.other':
    'Thay đổi của bạn không được máy chủ chấp nhận. Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.tooDeep':
    'Thay đổi của bạn không được lưu vì nội dung lồng nhau quá nhiều cấp (trích dẫn trong trích dẫn, danh sách trong danh sách…). Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.quarantined':
    'Mục này đang bị khóa an toàn vì máy chủ không xử lý được nội dung đã lưu; chỉ đọc được cho đến khi quản trị viên khắc phục. Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.archived':
    'Thay đổi của bạn không được lưu vì quy hoạch này đã được lưu trữ (chỉ đọc). Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.incomplete':
    'Thay đổi của bạn dựa trên nội dung mà máy chủ chưa có, nên không được lưu. Bản nháp chưa gửi được giữ lại bên dưới.',
  'refusal.dismiss': 'Đã hiểu',

  'drafts.title': 'Bản nháp chưa gửi',
  'drafts.private': 'Chỉ lưu trên máy này, người khác không xem được.',
  'drafts.savedAt': 'Lưu lúc {time}',
  'drafts.copy': 'Sao chép',
  'drafts.copied': 'Đã sao chép',
  'drafts.copyFailed': 'Không sao chép được',
  'drafts.delete': 'Xóa',
  'drafts.deleteLabel': 'Xóa bản nháp lưu lúc {time}',
  'drafts.copyLabel': 'Sao chép bản nháp lưu lúc {time}',
  'drafts.empty': '(bản nháp trống)',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof vi;
export type Dictionary = Record<MessageKey, string>;
