package cn.lianxi.gateway.bulletin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.gateway.config.GatewayConfig;
import cn.lianxi.gateway.problem.Problem;
import cn.lianxi.gateway.problem.ProblemException;

/**
 * The CJK font (中文字体) the 通报's PDF embeds, as a subset, so its Chinese text shows and can be extracted anywhere:
 * the first of {@code lianxi.bulletins.fonts} that exists and has TrueType outlines. None: 503 problem+json naming
 * the font package to install.
 */
@ApplicationScoped
public class CjkFont {

    static final String PACKAGE = "fonts-wqy-zenhei";

    private final List<String> candidates;

    @Inject
    CjkFont(GatewayConfig config) {
        this(config.bulletins().fonts());
    }

    CjkFont(List<String> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The font loaded into {@code document} (subset embedded on save); {@code opened} collects what to close. */
    PDType0Font loadInto(PDDocument document, List<AutoCloseable> opened) {
        for (String path : candidates) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            try {
                Optional<TrueTypeFont> font = trueTypeIn(file, opened);
                if (font.isPresent()) {
                    return PDType0Font.load(document, font.get(), true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("font " + path + " cannot be read", e);
            }
        }
        throw new ProblemException(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                "no CJK font to embed in the PDF: install the Debian package " + PACKAGE + " (looked for "
                        + String.join(", ", candidates) + ")"));
    }

    private static Optional<TrueTypeFont> trueTypeIn(File file, List<AutoCloseable> opened) throws IOException {
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            opened.add(font);
            return glyphOutlines(font) ? Optional.of(font) : Optional.empty();
        }
        TrueTypeCollection collection = new TrueTypeCollection(file);
        opened.add(collection);
        List<TrueTypeFont> fonts = new ArrayList<>();
        collection.processAllFonts(fonts::add);
        return fonts.stream().filter(CjkFont::glyphOutlines).findFirst();
    }

    private static boolean glyphOutlines(TrueTypeFont font) {
        return !(font instanceof OpenTypeFont) || !((OpenTypeFont) font).isPostScript();
    }
}
