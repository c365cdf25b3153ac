/** Vietnamese UI strings of search: the header box and the results page. */
export const searchVi = {
  'search.label': 'Tìm trong quy hoạch',
  'search.placeholder': 'Tìm: dong dang, "che phu rung"…',
  'search.submit': 'Tìm',
  'search.title': 'Kết quả tìm kiếm',
  'search.for': 'Kết quả cho “{q}”',
  'search.hint':
    'Gõ có dấu hoặc không dấu đều được; mỗi từ phải khớp nguyên từ; đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm.',
  'search.none': 'Không tìm thấy kết quả nào.',
  'search.empty': 'Nhập từ cần tìm vào ô tìm kiếm.',
  'search.kind.section': 'Nội dung các mục',
  'search.kind.comment': 'Góp ý',
  'search.count': '{count} kết quả',
} as const satisfies Record<string, string>;
