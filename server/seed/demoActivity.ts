/**
 * What happened in the demo plan before the newcomer arrived: the comment threads and their
 * answers, how sections reached their statuses, and the due dates (in days from the seed day).
 */
import type { ResponseKind } from '../../shared/threads.js';

export interface DemoThread {
  section: string;
  /** The commented passage: it must occur in one paragraph of the section. */
  quote: string;
  by: string;
  body: string;
  daysAgo: number;
  reply?: { by: string; body: string };
  response?: { kind: ResponseKind; by: string; text: string };
  resolvedBy?: string;
}

export const THREADS: DemoThread[] = [
  {
    section: 'S1_2',
    quote: 'khoảng 790 nghìn người',
    by: 'tv',
    body: 'Đề nghị Cục Thống kê thống nhất số dân năm 2020 với Niên giám thống kê và với chỉ tiêu trong bảng số liệu dùng chung.',
    daysAgo: 9,
    response: {
      kind: 'accepted',
      by: 'ctk',
      text: 'Tiếp thu. Đã đối chiếu với Niên giám thống kê 2020 và cập nhật bảng số liệu.',
    },
    resolvedBy: 'tv',
  },
  {
    section: 'S1_3',
    quote: 'Hiệp định RCEP',
    by: 'bcd',
    body: 'Cần phân tích cụ thể hơn tác động của RCEP đối với hàng nông sản xuất khẩu qua các cửa khẩu của tỉnh.',
    daysAgo: 4,
  },
  {
    section: 'S2_2',
    quote: 'Tốc độ tăng trưởng GRDP bình quân 8,0 - 8,5%/năm',
    by: 'skhdt',
    body: 'Chỉ tiêu tăng trưởng cần đối chiếu với Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và kịch bản tăng trưởng ở mục II.1.',
    daysAgo: 6,
    response: {
      kind: 'explained',
      by: 'tv',
      text: 'Giải trình: mức 8,0 - 8,5% là phương án cơ sở; phương án cao 9% được trình bày ở mục II.1 để Ban Chỉ đạo lựa chọn.',
    },
  },
  {
    section: 'S4_1',
    quote: 'IV (thị xã)',
    by: 'tv',
    body: 'Đề nghị Sở Xây dựng bổ sung lộ trình và các tiêu chí còn thiếu để Đồng Đăng đạt đô thị loại IV.',
    daysAgo: 2,
    reply: {
      by: 'sxd',
      body: 'Sở đang tổng hợp theo Nghị quyết 1210/2016/UBTVQH13, sẽ bổ sung trong tuần tới.',
    },
  },
  {
    section: 'S6_1',
    quote: 'các bãi tập kết hàng hóa ở cửa khẩu',
    by: 'bcd',
    body: 'Đề nghị bổ sung số liệu quan trắc tại từng bãi tập kết.',
    daysAgo: 12,
    response: {
      kind: 'rejected',
      by: 'stnmt',
      text: 'Không tiếp thu: số liệu quan trắc từng bãi thuộc báo cáo đánh giá môi trường chiến lược, không đưa vào báo cáo quy hoạch.',
    },
  },
  {
    section: 'S3_4',
    quote: 'Công viên địa chất Lạng Sơn',
    by: 'tv',
    body: 'Nêu rõ phạm vi không gian của công viên địa chất để thống nhất với phương án sử dụng đất ở mục V.1.',
    daysAgo: 1,
  },
];

/** How each section came to its demo status: from draft, moved by this account, days ago. */
export const MOVES: Partial<Record<string, { by: string; daysAgo: number; note: string }>> = {
  S1_1: { by: 'skhdt', daysAgo: 3, note: 'Đã thống nhất tại phiên họp Ban Chỉ đạo' },
  S1_2: { by: 'ctk', daysAgo: 10, note: 'Gửi tư vấn tích hợp' },
  S1_3: { by: 'tv', daysAgo: 5, note: 'Lấy ý kiến các sở, ngành' },
  S1_7: { by: 'stnmt', daysAgo: 7, note: 'Gửi tư vấn tích hợp' },
  S2_2: { by: 'skhdt', daysAgo: 2, note: 'Trình Ban Chỉ đạo cho ý kiến' },
  S6_1: { by: 'tv', daysAgo: 13, note: 'Lấy ý kiến các sở, ngành' },
  S6_3: { by: 'tv', daysAgo: 8, note: 'Đã tiếp thu ý kiến góp ý' },
};

/** Due dates, in days from today: those in the past make the overdue lists show something. */
export const DUE_IN_DAYS: Record<string, number> = {
  S1_1: -20,
  S1_2: -5,
  S1_3: 10,
  S1_5: -8,
  S1_6: -3,
  S1_7: 14,
  S1_8: -6,
  S1_9: 30,
  S2_1: 7,
  S2_2: -2,
  S3_4: 25,
  S3_5: 25,
  S3_7: 40,
  S4_1: 45,
  S4_3: 45,
  S4_7: 60,
  S6_1: 18,
  S6_3: 18,
};
