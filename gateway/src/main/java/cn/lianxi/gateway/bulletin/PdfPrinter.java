package cn.lianxi.gateway.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.lianxi.gateway.bulletin.Report.Cell;
import cn.lianxi.gateway.bulletin.Report.Kind;
import cn.lianxi.gateway.bulletin.Report.Line;
import cn.lianxi.gateway.bulletin.Report.Part;
import cn.lianxi.gateway.bulletin.Report.Table;

/**
 * The 通报 as PDF (Apache PDFBox): A4 landscape, the CJK font embedded as a subset ({@link CjkFont}) so the text can
 * be searched and extracted; the same header, parts and commendations as the printable page, tables with their
 * heading row repeated on a new page and long text wrapped in its cell.
 */
@ApplicationScoped
public class PdfPrinter {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float CELL_SIZE = 8;
    private static final float PAD = 3;
    private static final float MIN_COLUMN = 40;

    private final CjkFont fonts;

    PdfPrinter(CjkFont fonts) {
        this.fonts = fonts;
    }

    public byte[] print(Report report) {
        List<AutoCloseable> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = fonts.loadInto(document, opened);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title());
            Writer writer = new Writer(document, font);
            writer.centred(report.title(), 20);
            for (Line line : report.header()) {
                writer.paragraph(line.label() + "：" + line.value(), 11);
            }
            for (Part part : report.parts()) {
                writer.heading(part.heading(), 14);
                part.tables().forEach(writer::table);
            }
            writer.heading(report.commendations().title(), 14);
            writer.table(report.commendations());
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (AutoCloseable resource : opened) {
                try {
                    resource.close();
                } catch (Exception e) {
                    // the font file was only read
                }
            }
        }
    }

    /** Writes top to bottom, starting a new page when the next block does not fit. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void centred(String text, float size) throws IOException {
            String shown = printable(text);
            float width = width(shown, size);
            room(size * 2);
            y -= size * 1.5f;
            text(shown, (PAGE.getWidth() - width) / 2, y, size);
            y -= size * 0.8f;
        }

        void paragraph(String text, float size) throws IOException {
            for (String line : wrap(printable(text), size, PAGE.getWidth() - 2 * MARGIN)) {
                room(size * 1.5f);
                y -= size * 1.5f;
                text(line, MARGIN, y, size);
            }
        }

        void heading(String text, float size) throws IOException {
            room(size * 4);
            y -= size;
            paragraph(text, size);
        }

        void table(Table table) {
            try {
                heading(table.title(), 11);
                y -= 4;
                if (table.rows().isEmpty()) {
                    paragraph(table.note(), 9);
                    return;
                }
                float[] widths = widths(table);
                row(headingRow(table), widths, true);
                for (List<Cell> row : table.rows()) {
                    if (row(row, widths, false)) {
                        row(headingRow(table), widths, true);
                        row(row, widths, false);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<Cell> headingRow(Table table) {
            return table.columns().stream().map(column -> Cell.text(column)).toList();
        }

        /** One row; true when it did not fit and a new page was started instead (the caller repeats the heading). */
        private boolean row(List<Cell> cells, float[] widths, boolean heading) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> wrapped = wrap(printable(cells.get(i).text()), CELL_SIZE, widths[i] - 2 * PAD);
                lines.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            float rowHeight = height * CELL_SIZE * 1.3f + 2 * PAD;
            if (y - rowHeight < MARGIN && !heading) {
                newPage();
                return true;
            }
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                stream.addRect(x, y - rowHeight, widths[i], rowHeight);
                float lineY = y - PAD - CELL_SIZE;
                for (String line : lines.get(i)) {
                    boolean right = cells.get(i).kind() != Kind.TEXT;
                    float left = right ? x + widths[i] - PAD - width(line, CELL_SIZE) : x + PAD;
                    text(line, left, lineY, CELL_SIZE);
                    lineY -= CELL_SIZE * 1.3f;
                }
                x += widths[i];
            }
            stream.setLineWidth(0.5f);
            stream.stroke();
            y -= rowHeight;
            return false;
        }

        /** Each column as wide as its widest text, shrunk in proportion (not below a minimum) to fit the page. */
        private float[] widths(Table table) throws IOException {
            int n = table.columns().size();
            float[] widths = new float[n];
            for (int i = 0; i < n; i++) {
                widths[i] = width(printable(table.columns().get(i)), CELL_SIZE) + 2 * PAD;
                for (List<Cell> row : table.rows()) {
                    widths[i] = Math.max(widths[i], width(printable(row.get(i).text()), CELL_SIZE) + 2 * PAD);
                }
                widths[i] = Math.max(widths[i], MIN_COLUMN);
            }
            float available = PAGE.getWidth() - 2 * MARGIN;
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            if (total > available) {
                for (int i = 0; i < n; i++) {
                    widths[i] = Math.max(MIN_COLUMN * 0.8f, widths[i] * available / total);
                }
            }
            return widths;
        }

        private List<String> wrap(String text, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int cp : text.codePoints().toArray()) {
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width(next, size) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(new String(Character.toChars(cp)));
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** Characters the font has no glyph for are shown as "?" rather than failing the document. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String c = cp == '\n' || cp == '\t' ? " " : new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    out.append(c);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private void text(String text, float x, float atY, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
