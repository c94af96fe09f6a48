// htmlToText and isHtml: a realistic portal page around a seed plan gives back the plan's lines and none
// of the menus, banners, breadcrumbs, comments or scripts; entities, whitespace, tables, lists and pre.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, isHtml } from '../../src/ingest/html.js';

const seedPath = 'corpus/004_6d8437bd74688339.txt';

const taskTable = [
  'TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian',
  '1\tTuyên truyền Chỉ số PAPI & SIPAS\tVăn phòng Sở\tQuý II/2021',
  '2\tTự đánh giá <kết quả> cải cách\tThanh tra Sở\tTháng 11/2021',
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plan as a provincial portal serves it, with the furniture such pages carry around an article. */
function portalPage(planLines: string[]): string {
  const content: string[] = [];
  let rows: string[] = [];
  const flushTable = () => {
    if (rows.length) content.push(`<table class="MsoTableGrid" border="1"><tbody>\n${rows.join('\n')}\n</tbody></table>`);
    rows = [];
  };
  for (const line of planLines) {
    if (line.includes('\t')) {
      rows.push(`<tr>${line.split('\t').map((cell) => `<td valign="top"><p align="center"><span style="font-size:13pt">${escapeHtml(cell)}</span></p></td>`).join('')}</tr>`);
      continue;
    }
    flushTable();
    if (line.trim()) content.push(`<p style="text-align:justify;text-indent:1cm"><span lang="VI">${escapeHtml(line).replace(/ {2}/g, ' &nbsp;')}</span></p>`);
  }
  flushTable();
  return `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Kế hoạch nâng cao Chỉ số PAPI năm 2021 - Sở Văn hóa, Thể thao và Du lịch</title>
  <style>.menu li { display: inline } .noi-dung p { margin: 0 }</style>
  <script>window.dataLayer = []; if (a < b && c > d) { document.write("<p>Kịch bản không phải nội dung</p>"); }</script>
  <!-- Google tag: <p>bình luận HTML</p> -->
</head>
<body class="header-fixed home-page">
  <div id="top-banner" class="banner"><img src="/logo.png" alt="Logo"><h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN</h1></div>
  <header><div class="hotline">Đường dây nóng: 0221.3555.555</div></header>
  <nav id="mainNav" class="navbar">
    <ul class="menu">
      <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
      <li><a href="/tin-tuc">Tin tức - Sự kiện</a><ul class="sub-menu"><li><a href="/tin-tuc/trong-tinh">Tin trong tỉnh</a></li></ul></li>
      <li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
    </ul>
  </nav>
  <div class="container">
    <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; Kế hoạch</div>
    <div class="row">
      <div class="col-md-3 left-sidebar"><div class="box-title">Văn bản mới</div><ul><li><a href="/vb/1">Kế hoạch số 99/KH-UBND về phòng chống thiên tai</a></li><li><a href="/vb/2">Quyết định số 12/QĐ-UBND</a></li></ul></div>
      <div class="col-md-9">
        <div class="article-meta">Ngày đăng: 12/03/2021 | Lượt xem: 1.234</div>
        <div class="noi-dung">
${content.join('\n')}
        </div>
        <div class="share-tools"><a href="#">Chia sẻ Facebook</a> <a href="#">In bài viết</a></div>
        <div class="tags">Từ khóa: <a href="#">PAPI</a>, <a href="#">cải cách hành chính</a></div>
        <div id="comments">
          <h3>Ý kiến bạn đọc</h3>
          <div class="comment-item"><b>Nguyễn Văn A</b><p>Kế hoạch rất thiết thực, đề nghị triển khai sớm.</p></div>
          <form action="/comment" method="post"><label>Họ tên</label><input name="name"><textarea name="body">Nhập ý kiến</textarea><button>Gửi ý kiến</button></form>
        </div>
        <div class="tin-lien-quan"><h4>Tin liên quan</h4><ul><li><a href="/tin/2">Hội nghị triển khai Chỉ số PAPI năm 2020</a></li></ul></div>
      </div>
    </div>
  </div>
  <footer class="site-footer"><p>Bản quyền &copy; 2021 Cổng thông tin điện tử tỉnh Hưng Yên.</p><p>Địa chỉ: 10 Đinh Điền, TP Hưng Yên.</p></footer>
  <div id="cookie-consent">Trang web sử dụng cookie. <a href="#">Đồng ý</a></div>
  <script src="/js/app.js"></script>
  <script type="text/javascript">
    var html = '</div><p>không phải nội dung</p>';
  </script>
</body>
</html>`;
}

describe('htmlToText on a portal page', () => {
  const plan = readFileSync(seedPath, 'utf8');
  const planLines = [...plan.split('\n'), ...taskTable];
  const result = htmlToText(portalPage(planLines));
  const lines = result.text.split('\n');

  it("gives back the plan's lines, blank lines aside, and the task table as TAB lines", () => {
    // HTML has no blank paragraphs here (a <p> per non-empty line), so blank lines are not expected back.
    const expected = planLines.map((line) => line.replace(/\s+$/, '')).filter((line) => line.trim() !== '');
    expect(lines).toEqual(expected.map((line) => (line.includes('\t') ? line : line.replace(/\s+/g, ' ').trim())));
    expect(lines.slice(-3)).toEqual(taskTable);
  });

  it('keeps none of the navigation, banners, comments, sharing or scripts', () => {
    for (const noise of ['Trang chủ', 'CỔNG THÔNG TIN', 'Đường dây nóng', 'Tin trong tỉnh', 'Văn bản mới', 'Kế hoạch số 99', 'Lượt xem', 'Chia sẻ', 'Từ khóa', 'Ý kiến bạn đọc', 'thiết thực', 'Gửi ý kiến', 'Nhập ý kiến', 'Tin liên quan', 'Bản quyền', 'cookie', 'dataLayer', 'không phải nội dung', 'bình luận HTML', 'display: inline']) {
      expect(result.text).not.toContain(noise);
    }
  });

  it('reads the title', () => {
    expect(result.title).toBe('Kế hoạch nâng cao Chỉ số PAPI năm 2021 - Sở Văn hóa, Thể thao và Du lịch');
  });
});

describe('htmlToText details', () => {
  const textOf = (body: string) => htmlToText(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`).text;

  it('decodes named, Vietnamese, legacy and numeric entities', () => {
    expect(textOf('<p>K&Ecirc;&#769; HO&#7840;CH &ndash; &Agrave;&aacute;&acirc;&atilde;&egrave;&eacute;&ecirc;&igrave;&iacute;&ograve;&oacute;&ocirc;&otilde;&ugrave;&uacute;&yacute;</p>')).toBe(
      'KẾ HOẠCH – Àáâãèéêìíòóôõùúý',
    );
    expect(textOf('<p>&Dstrok;&#7891;ng &dstrok;&#x1ED3;ng &abreve; &Abreve; &utilde; &itilde;</p>')).toBe('Đồng đồng ă Ă ũ ĩ');
    expect(textOf('<p>a&nbsp;&nbsp;b &amp;lt; &lt;c&gt; &quot;d&quot; &apos;e&apos; &#150; &#x2019; &copy 2021 &unknown; &amp</p>')).toBe(
      'a b &lt; <c> "d" \'e\' – ’ © 2021 &unknown; &',
    );
    expect(textOf('<p>&#0; &#xD800; &#1114112;</p>')).toBe('\ufffd \ufffd \ufffd');
  });

  it('outputs NFC', () => {
    const decomposed = 'Kế hoạch'.normalize('NFD');
    expect(textOf(`<p>${decomposed}</p>`)).toBe('Kế hoạch');
  });

  it('starts a line at each block, collapses spaces, keeps pre, and invents no list numbers', () => {
    expect(textOf('<div>I. MỤC ĐÍCH<p>1.   Mục\n   đích</p>tiếp<br>theo</div><ol><li>- một</li><li>- hai<li>ba</ol><h2>II. NHIỆM VỤ</h2><span>a)</span> <b>in</b><i>line</i>')).toBe(
      'I. MỤC ĐÍCH\n1. Mục đích\ntiếp\ntheo\n- một\n- hai\nba\nII. NHIỆM VỤ\na) inline',
    );
    expect(textOf('<pre>\n  cột 1   cột 2\n\n  dòng   3</pre><p>sau</p>')).toBe('  cột 1   cột 2\n\n  dòng   3\nsau');
  });

  it('writes tables as TAB lines, cells flattened, th and td alike, empty rows skipped', () => {
    expect(textOf('<table><thead><tr><th>TT</th><th>Nội dung</th></tr></thead><tbody><tr><td>1</td><td><p>Dòng một</p><p>dòng hai</p></td></tr><tr><td></td><td></td></tr><tr><td>2<td>không đóng thẻ</tbody></table><p>sau bảng</p>')).toBe(
      'TT\tNội dung\n1\tDòng một dòng hai\n2\tkhông đóng thẻ\nsau bảng',
    );
  });

  it('treats a layout table (a nested table or a long cell) as blocks', () => {
    const long = '<p>' + 'Nội dung kế hoạch rất dài. '.repeat(100) + '</p>';
    const text = textOf(`<table><tr><td><p>KẾ HOẠCH</p>${long}<table><tr><td>a</td><td>b</td></tr></table></td></tr></table>`);
    expect(text.split('\n')[0]).toBe('KẾ HOẠCH');
    expect(text.split('\n').at(-1)).toBe('a\tb');
  });

  it('keeps furniture that holds most of the text (an ASP.NET form, a body class), and main content alone', () => {
    const plan = '<p>KẾ HOẠCH</p><p>I. MỤC ĐÍCH, YÊU CẦU</p><p>1. Mục đích</p><p>- Nâng cao trách nhiệm của người đứng đầu trong thực thi công vụ.</p>';
    expect(textOf(`<form id="form1"><div class="menu">Trang chủ</div><div id="main-content">${plan}</div></form>`)).toBe(
      'KẾ HOẠCH\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao trách nhiệm của người đứng đầu trong thực thi công vụ.',
    );
    expect(htmlToText(`<body class="header-fixed"><div>Ngày đăng 1/1</div><div class="post-body">${plan}</div></body>`).text.split('\n')[0]).toBe('KẾ HOẠCH');
    // With no main-content element, the whole (pruned) body is kept.
    expect(htmlToText(`<body><div class="x">Ngày đăng 1/1</div>${plan}</body>`).text.split('\n')[0]).toBe('Ngày đăng 1/1');
  });

  it('does not drop a class that only contains a furniture word inside another word', () => {
    expect(textOf('<div class="heritage bloginfo">giữ lại</div><div class="main-menu">bỏ</div><p>nội dung chính dài hơn nhiều</p>')).toBe('giữ lại\nnội dung chính dài hơn nhiều');
  });

  it('reads a page without html, head or body, and has no title then', () => {
    expect(htmlToText('<p>KẾ HOẠCH</p><p>Số: 12/KH-UBND</p>')).toEqual({ text: 'KẾ HOẠCH\nSố: 12/KH-UBND', title: null });
  });

  it('survives deep nesting and broken markup', () => {
    const deep = '<font>'.repeat(20_000) + 'sâu' + '</div>'.repeat(10);
    expect(htmlToText(deep).text).toBe('sâu');
    expect(htmlToText('<p>a < b <i class="x>y</p>').text).toBe('a < b');
    expect(htmlToText('<p>văn bản <!-- không đóng').text).toBe('văn bản');
  });
});

describe('isHtml', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body><p>KẾ HOẠCH</p></body></html>', true],
    ['<html> after a BOM and spaces', '\uFEFF  \n<HTML lang="vi"><body>KẾ HOẠCH</body></HTML>', true],
    ['XHTML with an XML declaration', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', true],
    ['a fragment of tags', '<div class="noi-dung">\n<p>KẾ HOẠCH</p>\n<p>Số: 12/KH-UBND</p>\n<p>I. MỤC ĐÍCH</p>\n</div>', true],
    ['a plan', readFileSync(seedPath, 'utf8'), false],
    ['a plan comparing numbers', 'KẾ HOẠCH\nTỷ lệ hộ nghèo < 3% và chỉ số > 45 điểm\nI. MỤC ĐÍCH <trích>', false],
    ['a plan quoting one tag', 'KẾ HOẠCH\nĐăng tải trên cổng thông tin (thẻ <p>)\n1. Mục đích\n2. Yêu cầu\n3. Nội dung\n4. Tổ chức', false],
    ['empty', '', false],
  ])('%s → %s', (_what, text, expected) => {
    expect(isHtml(text)).toBe(expected);
  });
});
