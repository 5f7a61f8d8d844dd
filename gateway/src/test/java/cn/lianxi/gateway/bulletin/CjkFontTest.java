package cn.lianxi.gateway.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianxi.gateway.problem.ProblemException;

/** Without a TrueType CJK font the PDF is refused with 503 naming the font to install, never a broken document. */
class CjkFontTest {

    @Test
    void withoutAFontThePdfIsUnavailableAndSaysWhichFontToInstall() {
        PdfPrinter printer = new PdfPrinter(new CjkFont(List.of("/nonexistent/wqy-zenhei.ttc",
                // Noto Sans CJK is CFF-flavoured OpenType, which PDFBox cannot embed: not taken
                "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")));
        Report report = new Report("通报", List.of(), List.of(), new Report.Table("表彰", List.of(), List.of(), "无"));
        ProblemException refused = assertThrows(ProblemException.class, () -> printer.print(report));
        assertEquals(503, refused.problem().status());
        assertTrue(refused.problem().detail().contains("fonts-wqy-zenhei"), refused.problem().detail());
    }
}
