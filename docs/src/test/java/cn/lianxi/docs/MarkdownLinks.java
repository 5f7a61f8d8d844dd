package cn.lianxi.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Every link in the Markdown files of a tree, read by a CommonMark parser (with GitHub's tables, so links inside
 * table cells count), and what is wrong with each: a relative link must name a file or folder that exists inside the
 * tree, and a {@code #fragment} must name a heading of the file it points to (GitHub's anchor rule). Absolute URLs
 * ({@code https:}, {@code mailto:}, ...) are left alone: they are not files of the repository. A path in a code span
 * that starts with {@code ../} is checked too, since "see `../shared/DESIGN.md`" sends a reader out of the tree as
 * surely as a link does.
 */
final class MarkdownLinks {

    /** Folders that are build output or local state, never part of a clone. */
    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", ".lianxi", ".mvn");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path root;
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    MarkdownLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** One problem: the file (relative to the root), the link as written, and why it does not resolve. */
    record Broken(String file, String target, String why) {
        @Override
        public String toString() {
            return file + ": (" + target + ") " + why;
        }
    }

    List<Path> markdownFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> root.relativize(p).toString().isEmpty() || !skipped(root.relativize(p)))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    List<Broken> check() {
        List<Broken> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            broken.addAll(check(file));
        }
        return broken;
    }

    List<Broken> check(Path file) {
        List<Broken> broken = new ArrayList<>();
        String name = root.relativize(file).toString();
        parse(file).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                target(link.getDestination(), false).ifPresent(why -> broken.add(new Broken(name, link.getDestination(), why)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                target(image.getDestination(), false).ifPresent(why -> broken.add(new Broken(name, image.getDestination(), why)));
            }

            @Override
            public void visit(Code code) {
                String text = code.getLiteral().trim();
                if (text.startsWith("../") && !text.contains(" ")) {
                    target(text, true).ifPresent(why -> broken.add(new Broken(name, text, why)));
                }
            }

            private Optional<String> target(String destination, boolean pathOnly) {
                return resolve(file, destination, pathOnly);
            }
        });
        return broken;
    }

    /** Why {@code destination}, written in {@code file}, does not resolve; empty when it does. */
    Optional<String> resolve(Path file, String destination, boolean pathOnly) {
        if (destination == null || destination.isBlank()) {
            return Optional.of("empty link");
        }
        if (SCHEME.matcher(destination).find()) {
            return destination.regionMatches(true, 0, "file:", 0, 5)
                    ? Optional.of("a file: URL points at one machine, not at the repository")
                    : Optional.empty();
        }
        if (destination.startsWith("/")) {
            return Optional.of("an absolute path depends on where the repository is rendered; link relatively");
        }
        int hash = pathOnly ? -1 : destination.indexOf('#');
        String pathPart = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? null : URLDecoder.decode(destination.substring(hash + 1), StandardCharsets.UTF_8);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        Path target = pathPart.isEmpty() ? file
                : file.getParent().resolve(URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8))
                        .normalize();
        if (!target.startsWith(root)) {
            return Optional.of("leaves the repository (resolves to " + target + ")");
        }
        if (!Files.exists(target)) {
            return Optional.of("no such file or folder in the repository: " + root.relativize(target));
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".md")
                && !anchorsOf(target).contains(fragment)) {
            return Optional.of("no heading with anchor #" + fragment + " in " + root.relativize(target));
        }
        return Optional.empty();
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces to '-', repeats numbered. */
    private Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file, f -> {
            Set<String> found = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            parse(f).accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    StringBuilder text = new StringBuilder();
                    heading.accept(new AbstractVisitor() {
                        @Override
                        public void visit(Text t) {
                            text.append(t.getLiteral());
                        }

                        @Override
                        public void visit(Code c) {
                            text.append(c.getLiteral());
                        }
                    });
                    String slug = slug(text.toString());
                    int n = seen.merge(slug, 1, Integer::sum) - 1;
                    found.add(n == 0 ? slug : slug + "-" + n);
                }
            });
            return found;
        });
    }

    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    private Node parse(Path file) {
        try {
            return parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
