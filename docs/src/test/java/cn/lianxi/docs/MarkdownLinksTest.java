package cn.lianxi.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh clone reads complete: every link in every Markdown file of the repository (READMEs, docs/, the
 * top-level documents) resolves to a file inside it, and the checker itself is shown to fail on planted breaks.
 */
class MarkdownLinksTest {

    static final Path REPO = Path.of(System.getProperty("lianxi.repo", "..")).toAbsolutePath().normalize();

    @Test
    void everyLinkInTheRepositoryResolvesInsideIt() {
        MarkdownLinks links = new MarkdownLinks(REPO);
        List<Path> files = links.markdownFiles();
        assertTrue(files.contains(REPO.resolve("README.md")), "the root README is checked: " + files);
        assertTrue(files.contains(REPO.resolve("docs/domain.md")), "docs/ is checked: " + files);
        assertTrue(files.size() >= 15, "every README and document is checked: " + files);
        List<MarkdownLinks.Broken> broken = links.check();
        assertEquals(List.of(), broken, "links that do not resolve inside the repository");
    }

    @Test
    void theRootReadmeLinksTheDocuments() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        for (String doc : List.of("docs/domain.md", "docs/architecture.md", "docs/integration-court.md",
                "docs/integration-agency.md", "docs/problems.md")) {
            assertTrue(readme.contains("](" + doc + ")"), "README links " + doc);
        }
    }

    /** Planted breaks, one of each kind: each is reported, and the good links around them are not. */
    @Test
    void plantedBrokenLinksAreFound(@TempDir Path tree) throws IOException {
        Files.createDirectories(tree.resolve("repo/docs"));
        Files.writeString(tree.resolve("outside.md"), "# Outside\n");
        Files.writeString(tree.resolve("repo/docs/guide.md"), "# Guide\n\n## Kafka intake (HTTP 与 Kafka)\n");
        Files.writeString(tree.resolve("repo/README.md"), """
                # Readme
                Good: [guide](docs/guide.md), [section](docs/guide.md#kafka-intake-http-与-kafka), [web](https://example.org/x),
                [self](#readme), [folder](docs/).

                | table | link |
                |---|---|
                | row | [missing in a table](docs/missing.md) |

                Broken: [gone](docs/gone.md), [outside](../outside.md), [anchor](docs/guide.md#no-such-heading),
                ![image](img/none.png), [absolute](/docs/guide.md) and the brief in `../shared/DESIGN.md`.
                """);
        List<String> found = new MarkdownLinks(tree.resolve("repo")).check().stream().map(MarkdownLinks.Broken::target)
                .toList();
        assertEquals(List.of("docs/missing.md", "docs/gone.md", "../outside.md", "docs/guide.md#no-such-heading",
                "img/none.png", "/docs/guide.md", "../shared/DESIGN.md"), found);
    }
}
