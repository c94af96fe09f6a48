// The names of provincial departments (Sở) and ministries (Bộ), as lists name them after the head word
// said once: "Giám đốc các Sở: Giáo dục và Đào tạo, Nội vụ", "các Bộ: Tài chính, Quốc phòng, Công an".
// Before and after the 2025 mergers (Nghị định 150/2025, Nghị quyết 176/2025/QH15). Data only: a new
// name is one entry.

export const departmentNames: Readonly<Record<'Sở' | 'Bộ', readonly string[]>> = {
  Sở: [
    'Nội vụ', 'Tư pháp', 'Tài chính', 'Xây dựng', 'Công Thương', 'Y tế', 'Giáo dục và Đào tạo', 'Khoa học và Công nghệ',
    'Văn hóa, Thể thao và Du lịch', 'Văn hóa và Thể thao', 'Du lịch', 'Nông nghiệp và Môi trường', 'Dân tộc và Tôn giáo',
    'Ngoại vụ', 'Lao động - Thương binh và Xã hội', 'Tài nguyên và Môi trường', 'Kế hoạch và Đầu tư', 'Giao thông vận tải',
    'Thông tin và Truyền thông', 'Nông nghiệp và Phát triển nông thôn', 'Quy hoạch - Kiến trúc', 'Giao thông vận tải - Xây dựng',
  ],
  Bộ: [
    'Nội vụ', 'Tư pháp', 'Tài chính', 'Xây dựng', 'Công Thương', 'Y tế', 'Giáo dục và Đào tạo', 'Khoa học và Công nghệ',
    'Văn hóa, Thể thao và Du lịch', 'Nông nghiệp và Môi trường', 'Dân tộc và Tôn giáo', 'Ngoại giao', 'Công an', 'Quốc phòng',
    'Lao động - Thương binh và Xã hội', 'Tài nguyên và Môi trường', 'Kế hoạch và Đầu tư', 'Giao thông vận tải',
    'Thông tin và Truyền thông', 'Nông nghiệp và Phát triển nông thôn',
  ],
};
