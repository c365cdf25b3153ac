/** Search without diacritics: "che phu" finds "che phủ rừng", "dong dang" finds "Đồng Đăng". */
export const foldSearch = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
