/**
 * The demo plan's text: a few paragraphs in a dozen sections, written for PlanFold in the
 * register of a Vietnamese provincial plan. The figures are plausible for Lạng Sơn around 2020
 * but illustrative only — they are not the province's statistics.
 */

/** A block of a section: a paragraph, a sub-heading, a list, or a table (first row: headers). */
export type DemoBlock = string | { h: string } | { ul: string[] } | { table: string[][] };

export const DEMO_TEXTS: Record<string, DemoBlock[]> = {
  S1_1: [
    'Lạng Sơn là tỉnh miền núi biên giới thuộc vùng Trung du và miền núi phía Bắc, có tổng diện tích tự nhiên 8.310,2 km², gồm 10 huyện và 01 thành phố. Phía Bắc giáp tỉnh Cao Bằng, phía Đông Bắc giáp Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) với đường biên giới dài khoảng 231 km, phía Nam giáp tỉnh Bắc Giang, phía Đông Nam giáp tỉnh Quảng Ninh, phía Tây giáp các tỉnh Thái Nguyên và Bắc Kạn.',
    'Địa hình chủ yếu là đồi núi thấp và trung bình, độ cao trung bình khoảng 252 m so với mực nước biển; khí hậu nhiệt đới gió mùa, mùa đông lạnh, nhiệt độ trung bình năm khoảng 21,5°C. Tỉnh có hai hệ thống sông chính là sông Kỳ Cùng chảy về phía Trung Quốc và sông Thương, sông Lục Nam chảy về đồng bằng Bắc Bộ.',
    { h: 'Tài nguyên thiên nhiên chủ yếu' },
    {
      ul: [
        'Tài nguyên rừng: tỷ lệ che phủ rừng đạt khoảng 63% năm 2020, chủ yếu là rừng trồng thông, keo và hồi;',
        'Khoáng sản: than nâu Na Dương, bô-xít, đá vôi làm vật liệu xây dựng và xi măng;',
        'Tài nguyên du lịch: cảnh quan núi đá vôi, hang động, di tích lịch sử - văn hóa và khu du lịch Mẫu Sơn.',
      ],
    },
  ],
  S1_2: [
    'Dân số trung bình năm 2020 của tỉnh ước khoảng 790 nghìn người, mật độ khoảng 95 người/km², thấp hơn bình quân vùng. Tỷ lệ dân số đô thị đạt khoảng 22%, tập trung chủ yếu tại thành phố Lạng Sơn và các thị trấn huyện lỵ; tỷ lệ tăng dân số tự nhiên giảm dần, còn khoảng 1,0%/năm.',
    'Trên địa bàn tỉnh có 7 dân tộc chủ yếu cùng sinh sống, trong đó dân tộc Nùng chiếm khoảng 42%, Tày khoảng 35%, Kinh khoảng 16%, còn lại là các dân tộc Dao, Sán Chay, Hoa và Mông. Bản sắc văn hóa các dân tộc được giữ gìn, là nguồn lực quan trọng để phát triển du lịch.',
    {
      table: [
        ['Chỉ tiêu', '2015', '2020 (ước)'],
        ['Dân số trung bình (nghìn người)', '756,2', '790,5'],
        ['Lực lượng lao động (nghìn người)', '482,1', '497,8'],
        ['Tỷ lệ lao động qua đào tạo (%)', '45,0', '55,2'],
      ],
    },
    'Chất lượng nguồn nhân lực còn hạn chế: lao động nông, lâm nghiệp vẫn chiếm trên 60% tổng số lao động, thiếu lao động có tay nghề cao cho công nghiệp chế biến, logistics và du lịch.',
  ],
  S1_3: [
    'Lạng Sơn nằm trên hành lang kinh tế Nam Ninh - Lạng Sơn - Hà Nội - Hải Phòng, là cửa ngõ giao thương quan trọng giữa Việt Nam, Trung Quốc và các nước ASEAN. Tỉnh có 12 cửa khẩu, trong đó có 02 cửa khẩu quốc tế (Hữu Nghị, Ga đường sắt liên vận quốc tế Đồng Đăng) và 02 cửa khẩu chính (Chi Ma, Bình Nghi).',
    'Bối cảnh quốc tế thời kỳ tới có nhiều biến động: cạnh tranh chiến lược giữa các nước lớn, dịch bệnh và xu hướng dịch chuyển chuỗi cung ứng. Hiệp định RCEP và việc Trung Quốc chuyển mạnh sang thông quan điện tử vừa là cơ hội, vừa đặt ra yêu cầu hiện đại hóa hạ tầng cửa khẩu.',
    'Trong vùng Trung du và miền núi phía Bắc, Lạng Sơn có lợi thế về khoảng cách tới Thủ đô Hà Nội (khoảng 150 km) và tuyến cao tốc Hà Nội - Lạng Sơn, cần tăng cường liên kết với Bắc Giang, Cao Bằng và Quảng Ninh về hạ tầng, du lịch và logistics.',
  ],
  S1_7: [
    'Theo số liệu kiểm kê đất đai năm 2019, tổng diện tích tự nhiên của tỉnh là 831.018 ha, trong đó đất nông nghiệp chiếm 88,4%, đất phi nông nghiệp chiếm 5,2% và đất chưa sử dụng chiếm 6,4%.',
    {
      table: [
        ['Loại đất', 'Diện tích (ha)', 'Cơ cấu (%)'],
        ['Đất nông nghiệp', '734.620', '88,4'],
        ['Trong đó: đất lâm nghiệp', '592.310', '71,3'],
        ['Đất phi nông nghiệp', '43.210', '5,2'],
        ['Đất chưa sử dụng', '53.188', '6,4'],
      ],
    },
    'Quỹ đất cho phát triển công nghiệp, đô thị và dịch vụ cửa khẩu còn hạn chế do địa hình chia cắt; việc chuyển mục đích sử dụng đất rừng sản xuất cần được cân nhắc gắn với mục tiêu giữ ổn định tỷ lệ che phủ rừng.',
  ],
  S2_2: [
    'Quan điểm phát triển: phát huy vị trí cửa ngõ biên giới, lấy kinh tế cửa khẩu, thương mại, logistics và du lịch làm động lực; phát triển nhanh, bền vững, gắn với bảo vệ môi trường, giữ gìn bản sắc văn hóa dân tộc và bảo đảm vững chắc quốc phòng, an ninh.',
    'Mục tiêu tổng quát đến năm 2030: Lạng Sơn trở thành tỉnh phát triển khá của vùng Trung du và miền núi phía Bắc, là trung tâm logistics, thương mại quốc tế và du lịch của vùng.',
    { h: 'Một số chỉ tiêu chủ yếu đến năm 2030' },
    {
      ul: [
        'Tốc độ tăng trưởng GRDP bình quân 8,0 - 8,5%/năm giai đoạn 2021 - 2030;',
        'GRDP bình quân đầu người đạt khoảng 4.500 USD;',
        'Tỷ lệ đô thị hóa đạt khoảng 35%; tỷ lệ che phủ rừng duy trì ổn định 65%;',
        'Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 2 - 3%/năm.',
      ],
    },
  ],
  S3_4: [
    'Du lịch được xác định là ngành kinh tế quan trọng. Năm 2019 tỉnh đón khoảng 3,2 triệu lượt khách, tổng thu từ du lịch đạt khoảng 1.800 tỷ đồng; năm 2020 giảm mạnh do ảnh hưởng của dịch COVID-19.',
    'Phương hướng phát triển tập trung vào các sản phẩm: du lịch cửa khẩu và mua sắm tại Đồng Đăng - Tân Thanh; du lịch sinh thái, nghỉ dưỡng Mẫu Sơn; du lịch văn hóa, tâm linh gắn với khu di tích Nhị - Tam Thanh, thành nhà Mạc; du lịch cộng đồng tại các bản người Tày, Nùng ở Bắc Sơn, Bình Gia.',
    'Xây dựng Công viên địa chất Lạng Sơn, đề nghị công nhận là công viên địa chất toàn cầu UNESCO; đầu tư nhà văn hóa, thiết chế thể thao cấp xã đạt chuẩn nông thôn mới.',
  ],
  S3_5: [
    'Năm học 2019 - 2020 toàn tỉnh có 665 trường học các cấp; tỷ lệ trường đạt chuẩn quốc gia đạt khoảng 52%. Mạng lưới trường phổ thông dân tộc nội trú, bán trú cơ bản đáp ứng nhu cầu học tập của con em đồng bào dân tộc thiểu số.',
    'Đến năm 2030, sắp xếp mạng lưới trường, lớp theo hướng giảm điểm trường lẻ, tăng trường liên cấp tại các xã vùng khó khăn; phấn đấu 80% trường đạt chuẩn quốc gia, 100% trường có đủ phòng học bộ môn và thiết bị dạy học tối thiểu.',
  ],
  S3_7: [
    'Giai đoạn 2016 - 2020, mỗi năm tỉnh giải quyết việc làm cho khoảng 14.000 lao động; tỷ lệ hộ nghèo giảm từ 22,3% năm 2015 xuống khoảng 8,5% năm 2020 theo chuẩn nghèo đa chiều.',
    'Thời kỳ 2021 - 2030, đẩy mạnh đào tạo nghề gắn với nhu cầu của doanh nghiệp trong khu kinh tế cửa khẩu và các khu công nghiệp; mở rộng đối tượng tham gia bảo hiểm xã hội tự nguyện; thực hiện đầy đủ chính sách đối với người có công.',
    {
      ul: [
        'Sắp xếp lại các cơ sở giáo dục nghề nghiệp công lập;',
        'Phát triển sàn giao dịch việc làm trực tuyến của tỉnh;',
        'Ưu tiên hỗ trợ sinh kế cho hộ nghèo ở các xã biên giới.',
      ],
    },
  ],
  S4_1: [
    'Năm 2020 toàn tỉnh có 15 đô thị, gồm 01 đô thị loại II (thành phố Lạng Sơn) và 14 thị trấn đô thị loại V. Hệ thống đô thị phân bố chủ yếu dọc Quốc lộ 1, Quốc lộ 1B và Quốc lộ 4B.',
    'Phương án phát triển đến năm 2030 hình thành ba vùng đô thị: vùng đô thị trung tâm gồm thành phố Lạng Sơn, Đồng Đăng, Cao Lộc; vùng đô thị phía Nam gắn với Hữu Lũng, Chi Lăng; vùng đô thị phía Tây gắn với Bắc Sơn, Bình Gia.',
    {
      table: [
        ['Đô thị', 'Loại hiện trạng', 'Định hướng 2030'],
        ['Thành phố Lạng Sơn', 'II', 'I'],
        ['Đồng Đăng', 'V', 'IV (thị xã)'],
        ['Hữu Lũng', 'V', 'IV (thị xã)'],
      ],
    },
  ],
  S4_3: [
    'Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn được thành lập năm 2008 với tổng diện tích khoảng 39.400 ha, bao gồm khu phi thuế quan, khu công nghiệp, khu trung chuyển hàng hóa và khu đô thị cửa khẩu.',
    'Đến năm 2030, ưu tiên xây dựng khu phi thuế quan Đồng Đăng, các trung tâm logistics Tân Thanh, Hữu Nghị, khu công nghiệp Đồng Bành (khoảng 250 ha) và Hữu Lũng (khoảng 600 ha); chuyển đổi số hoạt động quản lý tại cửa khẩu.',
  ],
  S4_7: [
    'Toàn tỉnh có khoảng 600 công trình thủy lợi, trong đó có các hồ chứa lớn như Bản Lải, Tà Keo, Nà Cáy; năng lực tưới thiết kế đáp ứng khoảng 70% diện tích lúa hai vụ. Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh đạt khoảng 97%.',
    'Định hướng: hoàn thành hồ chứa nước Bản Lải giai đoạn 2, nâng cấp các hồ, đập xung yếu; phát triển hệ thống cấp nước tập trung cho các đô thị và khu kinh tế cửa khẩu; xây dựng hệ thống thoát nước riêng cho thành phố Lạng Sơn.',
  ],
  S6_1: [
    'Chất lượng môi trường không khí và nước mặt của tỉnh nhìn chung tốt; một số điểm ô nhiễm cục bộ tại khu vực khai thác đá, các bãi tập kết hàng hóa ở cửa khẩu và đoạn sông Kỳ Cùng chảy qua thành phố.',
    'Phương án bảo vệ môi trường phân vùng thành vùng bảo vệ nghiêm ngặt (các khu bảo tồn thiên nhiên Hữu Liên, Bắc Sơn, rừng phòng hộ đầu nguồn), vùng hạn chế phát thải và vùng khác; bảo tồn các loài đặc hữu trên núi đá vôi.',
    {
      ul: [
        'Xử lý dứt điểm các bãi rác không hợp vệ sinh;',
        'Quan trắc tự động nước thải tại khu kinh tế cửa khẩu;',
        'Bảo vệ nguồn nước sông Kỳ Cùng, sông Thương.',
      ],
    },
  ],
  S6_3: [
    'Các loại thiên tai chủ yếu trên địa bàn tỉnh là lũ quét, sạt lở đất, rét đậm, rét hại, sương muối và hạn hán. Giai đoạn 2016 - 2020, thiên tai làm thiệt hại trung bình khoảng 60 tỷ đồng mỗi năm.',
    'Phương án phòng, chống thiên tai xác định các khu vực có nguy cơ cao về lũ quét, sạt lở tại các huyện Bình Gia, Văn Quan, Tràng Định; bố trí sắp xếp dân cư ra khỏi vùng nguy hiểm; nâng cao năng lực cảnh báo sớm đến cấp thôn, bản.',
  ],
};
