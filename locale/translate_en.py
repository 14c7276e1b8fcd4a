"""Fills locale/en/LC_MESSAGES/django.po with the English of every Vietnamese interface string.

Run after `manage.py makemessages -l en ...`, then `manage.py compilemessages` (both need GNU
gettext); the compiled .mo is committed so neither CI nor a deploy needs gettext.
Usage: .venv/bin/python locale/translate_en.py  (needs polib, a development-only tool)
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent / "en" / "LC_MESSAGES" / "django.po"

EN = {
    "cần xem lại": "needs review",
    "Có trường trích xuất đáng ngờ chưa ai xem": "Has doubtful extracted fields no one has checked",
    "Không còn trường nào": "None left",
    "Cần xem lại": "Needs review",
    "trường đáng ngờ": "doubtful fields",
    "Đã xem: giữ các giá trị hiện có của những trường đáng ngờ": (
        "Checked: keep the current values of the doubtful fields"
    ),
    "độ tin cậy của trích xuất": "extraction confidence",
    "trường cần xem lại": "fields to review",
    "Đã xác nhận %(n)d văn bản.": ("Confirmed %(n)d document.", "Confirmed %(n)d documents."),
    "Thông báo kết luận": "Notice of conclusions",
    "Kết luận": "Conclusions",
    "Nghị quyết": "Resolution",
    "Chỉ thị": "Directive",
    "Báo cáo": "Report",
    "Tin bài": "News report",
    "Khác": "Other",
    "Hội nghị Ban Chấp hành": "Executive Committee meeting",
    "Ban Thường vụ": "Standing Committee",
    "Thường trực": "Standing Board",
    "Buổi làm việc": "Working session",
    "Đại hội": "Congress",
    "Cấp tỉnh": "Province",
    "Cấp huyện": "District",
    "Cấp xã": "Commune",
    "tỉnh": "province",
    "thành phố": "city",
    "sau date_to.": "is after date_to.",
    "phải là một trong: %(choices)s.": "must be one of: %(choices)s.",
    "phải là 1 hoặc 0.": "must be 1 or 0.",
    "dài quá %(n)d ký tự.": "is longer than %(n)d characters.",
    "phải có dạng %(shape)s.": "must look like %(shape)s.",
    "phải là ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY.": "must be a date as YYYY-MM-DD, YYYY-MM or YYYY.",
    "không phải ngày có thật.": "is not a real date.",
    "phải là số nguyên.": "must be a whole number.",
    "phải từ %(low)d đến %(high)d.": "must be from %(low)d to %(high)d.",
    "Câu tìm kiếm đã được cắt còn %(n)d ký tự đầu.": "The query was cut to its first %(n)d characters.",
    "Chỉ dùng %(n)d từ đầu tiên của câu tìm kiếm.": "Only the first %(n)d terms of the query are used.",
    "Câu tìm kiếm chỉ có từ loại trừ: hiển thị mọi văn bản còn lại.": (
        "The query only excludes words: showing every other document."
    ),
    "Câu tìm kiếm không có chữ hoặc số nào để tìm.": "The query has no letters or digits to search for.",
    "Không có văn bản khớp đúng dấu; đang hiển thị kết quả không phân biệt dấu.": (
        "No document matches with these diacritics; showing accent-insensitive results."
    ),
    "Không có văn bản chứa đủ mọi từ; đang hiển thị văn bản chứa nhiều từ nhất.": (
        "No document contains every word; showing those that contain the most."
    ),
    "%(label)s: %(count)d văn bản": "%(label)s: %(count)d documents",
    "Chỉ rõ năm": "Year only",
    "Văn bản theo quý năm %(year)s": "Documents per quarter of %(year)s",
    "Văn bản theo năm": "Documents per year",
    "Cột gạch chéo: văn bản chỉ ghi năm, không rõ quý.": (
        "Hatched bar: documents dated only to the year, quarter unknown."
    ),
    "Liên quan nhất": "Most relevant",
    "Mới nhất": "Newest",
    "Cũ nhất": "Oldest",
    "Tham số “%(param)s” không hợp lệ: %(message)s": "Invalid parameter “%(param)s”: %(message)s",
    "Tỉnh, thành phố": "Province",
    "Tỉnh, thành phố (từ 2025)": "Province (since 2025)",
    "Năm": "Year",
    "Quý": "Quarter",
    "Tháng": "Month",
    "Loại hội nghị": "Meeting type",
    "Loại văn bản": "Document type",
    "Cấp": "Level",
    "Cán bộ": "Official",
    "Quý %(q)s/%(y)s": "Q%(q)s %(y)s",
    "Quý %(q)d": "Q%(q)d",
    "Lúc ban hành": "At the time",
    "34 tỉnh, thành từ 2025": "The 34 since 2025",
    "Từ khóa: %(q)s": "Query: %(q)s",
    "Ngày: %(d)s": "Date: %(d)s",
    "Từ ngày %(d)s": "From %(d)s",
    "Đến ngày %(d)s": "To %(d)s",
    "Chỉ cán bộ quản trị được tải tệp lên.": "Only staff may upload files.",
    "Tệp văn bản (.txt, .html, .pdf, .docx)": "Document files (.txt, .html, .pdf, .docx)",
    "Chọn một hoặc nhiều tệp.": "Choose one or more files.",
    "Hãy chọn ít nhất một tệp.": "Choose at least one file.",
    "Mỗi lần tải tối đa %(n)d tệp.": "At most %(n)d files per upload.",
    "Tải lên quá lớn: mỗi lần tối đa %(n)d tệp.": "Upload too large: at most %(n)d files at a time.",
    "Tệp lớn hơn giới hạn %(limit)s.": "The file is larger than the %(limit)s limit.",
    "Không có quyền": "Forbidden",
    "Không có quyền truy cập": "Access denied",
    "Bạn không có quyền xem trang này.": "You may not view this page.",
    "Về trang chủ": "Back to the home page",
    "Văn bản kết luận của Đảng": "Party conclusions",
    "Cổng tra cứu": "Search portal",
    "Bỏ qua, tới nội dung": "Skip to content",
    "Tra cứu kết luận của Đảng": "Party conclusions search",
    "Điều hướng chính": "Main navigation",
    "Trang chủ": "Home",
    "Tìm kiếm": "Search",
    "Tải tệp lên": "Upload",
    "Quản trị": "Admin",
    "Đăng xuất": "Log out",
    "Đăng nhập": "Log in",
    "Ngôn ngữ": "Language",
    "Đổi": "Change",
    "Cổng tra cứu văn bản kết luận của các Tỉnh ủy, Thành ủy.": (
        "A search portal for the conclusions of provincial and city Party committees."
    ),
    "Bộ lọc đang dùng": "Active filters",
    "bỏ bộ lọc này": "remove this filter",
    "Bắt đầu lại": "Start over",
    "Xuất kết quả": "Export results",
    "Xuất toàn bộ danh sách:": "Export the whole list:",
    "Theo dõi văn bản mới khớp với tìm kiếm này": "Follow new documents matching this search",
    "Nguồn tin Atom": "Atom feed",
    "đang chọn, bấm để bỏ": "selected, click to remove",
    "Lọc kết quả": "Filter results",
    "Không có giá trị.": "No values.",
    "Thêm %(counter)s giá trị": ("%(counter)s more value", "%(counter)s more values"),
    "Lọc danh sách": "Filter the list",
    "gõ vài chữ…": "type a few letters…",
    "Không có giá trị nào khớp.": "No value matches.",
    "Xem và lọc mọi giá trị": "See and filter every value",
    "Khoảng thời gian": "Date range",
    "Từ ngày": "From",
    "Đến ngày": "To",
    "Áp dụng": "Apply",
    "Có phải bạn muốn tìm:": "Did you mean:",
    "%(counter)s văn bản": ("%(counter)s document", "%(counter)s documents"),
    "hiển thị %(first)s–%(last)s": "showing %(first)s–%(last)s",
    "Không tìm thấy văn bản nào.": "No documents found.",
    "không phân biệt dấu": "accent-insensitive",
    "chỉ tìm đúng dấu": "match diacritics exactly",
    "Sắp xếp": "Sort",
    "Không rõ ngày": "Date unknown",
    "Phân trang": "Pages",
    "« Trước": "« Previous",
    "Trang %(number)s": "Page %(number)s",
    "Sau »": "Next »",
    "mới %(ingested)s, cập nhật %(updated)s, không đổi %(unchanged)s, lỗi %(failed)s": (
        "ingested %(ingested)s, updated %(updated)s, unchanged %(unchanged)s, failed %(failed)s"
    ),
    "Số văn bản theo năm": "Documents per year",
    "Số văn bản": "Documents",
    "« Kết quả tìm kiếm": "« Search results",
    "« Tìm kiếm": "« Search",
    "Số ký hiệu": "Number",
    "Ngày": "Date",
    "chỉ rõ tháng": "month only",
    "chỉ rõ năm": "year only",
    "trang tỉnh": "province page",
    "nay là": "now part of",
    "Khóa": "Term",
    "Hội nghị lần thứ": "Session",
    "Kỳ": "Period",
    "Chủ trì": "Chaired by",
    "Người ký": "Signed by",
    "Nguồn": "Source",
    "Tệp": "File",
    "Tải tệp gốc": "Download the original file",
    "Cán bộ được nêu tên": "Officials named",
    "văn bản khác": "other documents",
    "Văn bản được dẫn": "Documents cited",
    "chưa có trong cổng": "not in the portal yet",
    "Văn bản dẫn văn bản này": "Documents citing this one",
    "Toàn văn": "Full text",
    "Tô sáng %(counter)s chỗ khớp “%(q)s”.": (
        "%(counter)s match of “%(q)s” highlighted.",
        "%(counter)s matches of “%(q)s” highlighted.",
    ),
    "Bỏ tô sáng": "Remove highlighting",
    "Văn bản liên quan": "Related documents",
    "Tra cứu văn bản kết luận của Đảng bộ các tỉnh, thành phố": (
        "Search the conclusions of provincial Party committees"
    ),
    "Tìm trong văn bản": "Search the documents",
    "ví dụ: giải phóng mặt bằng": "e.g. giải phóng mặt bằng",
    "Tìm": "Search",
    "Kho văn bản": "The collection",
    "văn bản": "documents",
    "tỉnh, thành phố": "provinces",
    "cán bộ được nêu tên": "officials named",
    "từ": "from",
    "đến": "to",
    "Theo tỉnh, thành phố": "By province",
    "Theo năm": "By year",
    "Theo loại hội nghị": "By meeting type",
    "Theo loại văn bản": "By document type",
    "Cán bộ được nêu nhiều nhất": "Officials named most often",
    "Xem tất cả, mới nhất trước": "See all, newest first",
    "Được nêu tên trong %(counter)s văn bản.": (
        "Named in %(counter)s document.",
        "Named in %(counter)s documents.",
    ),
    "Tìm các văn bản này": "Search these documents",
    "Chức danh theo thời gian": "Titles over time",
    "Chức danh": "Title",
    "Từ": "From",
    "Đến": "To",
    "Văn bản": "Documents",
    "Thành phố": "City of",
    "Tỉnh": "Province of",
    "Địa giới": "Boundaries",
    "Thuộc cả 63 tỉnh, thành trước 2025 và 34 tỉnh, thành từ 2025.": (
        "One of the 63 provinces before 2025 and of the 34 since 2025."
    ),
    "Một trong 63 tỉnh, thành trước năm 2025.": "One of the 63 provinces before 2025.",
    "Một trong 34 tỉnh, thành từ năm 2025.": "One of the 34 provinces since 2025.",
    "thuộc": "part of",
    "Hợp nhất từ:": "Merged from:",
    "và chính nó": "and itself",
    "Văn bản theo thời gian": "Documents over time",
    "(gồm văn bản của các tỉnh hợp nhất vào)": "(including those of the provinces merged into it)",
    "Tìm trong các văn bản này": "Search within these documents",
    "Tìm kiếm văn bản": "Search documents",
    "Chỉ tìm đúng dấu": "Match diacritics exactly",
    "Cách viết câu tìm kiếm": "How to write a query",
    "Mọi từ đều phải có: <kbd>chuyển đổi số</kbd>": "Every word must appear: <kbd>chuyển đổi số</kbd>",
    'Cụm từ chính xác trong ngoặc kép: <kbd>"giải phóng mặt bằng"</kbd>': (
        'An exact phrase in quotes: <kbd>"giải phóng mặt bằng"</kbd>'
    ),
    "Một trong hai: <kbd>nông thôn OR đô thị</kbd>": "Either one: <kbd>nông thôn OR đô thị</kbd>",
    "Loại trừ một từ: <kbd>-covid</kbd>": "Exclude a word: <kbd>-covid</kbd>",
    "Gõ không dấu để tìm cả có dấu; viết tắt như UBND, HĐND, BTV được mở rộng.": (
        "Typing without diacritics also finds words with them; abbreviations such as UBND, HĐND, "
        "BTV are expanded."
    ),
    "Kết quả": "Results",
    "« Quay lại kết quả": "« Back to the results",
    "Mọi giá trị: %(title)s": "Every value: %(title)s",
    "Lọc": "Filter",
    "%(counter)s giá trị": ("%(counter)s value", "%(counter)s values"),
    "Tải văn bản lên để nạp vào cổng": "Upload documents to add to the portal",
    "Mỗi tệp tối đa %(size)s, mỗi lần tối đa %(max_files)s tệp. Tệp đã có (cùng nội dung) được bỏ qua.": (
        "Each file at most %(size)s, at most %(max_files)s files at a time. A file already in the portal "
        "(same content) is left unchanged."
    ),
    "Tải lên và nạp": "Upload and ingest",
    "Các lần tải gần đây": "Recent uploads",
    "Kết quả nạp tệp": "Ingest report",
    "Từng tệp": "Each file",
    "Văn bản / lý do": "Document / reason",
    "mới": "ingested",
    "cập nhật": "updated",
    "không đổi": "unchanged",
    "lỗi": "failed",
    "xong": "done",
    "đang chạy": "running",
    "bị ngắt": "interrupted",
    "Tải thêm tệp": "Upload more files",
    "Tài khoản của bạn không có quyền xem trang đó.": "Your account may not view that page.",
    "Tên đăng nhập": "Username",
    "Mật khẩu": "Password",
}


def main() -> int:
    po = polib.pofile(str(PO))
    missing = []
    for entry in po:
        english = EN.get(entry.msgid)
        if english is None:
            if any(ord(c) > 127 for c in entry.msgid):
                missing.append(entry.msgid)
            continue  # English already (admin labels, model help texts)
        if entry.msgid_plural:
            one, many = english if isinstance(english, tuple) else (english, english)
            entry.msgstr_plural = {0: one, 1: many}
        else:
            entry.msgstr = english
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.metadata["Language"] = "en"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.save()
    for msgid in missing:
        print(f"untranslated: {msgid}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
