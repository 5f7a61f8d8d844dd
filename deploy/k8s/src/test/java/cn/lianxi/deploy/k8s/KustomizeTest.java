package cn.lianxi.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the tests reach Kustomize: the real tool or a clear failure, and the Kustomize behaviour the checks rely on
 * (labels on metadata only, containers merged by name, files from outside the root).
 */
class KustomizeTest {

    @TempDir
    Path dir;

    @Test
    void withNoToolOnThePathTheBuildFailsAndSaysWhatToInstall() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("bin"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Kustomize.tool(empty.toString()));
        assertTrue(e.getMessage().contains("found neither `kustomize` nor `kubectl` on the PATH"), e.getMessage());
    }

    @Test
    void aKustomizeOlderThanV5IsRefused() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("old"));
        Path kustomize = Files.writeString(bin.resolve("kustomize"),
                "#!/bin/sh\necho 'Version: {KustomizeVersion:2.0.3 GitCommit:a6f6514 GoOs:linux GoArch:amd64}'\n");
        Files.setPosixFilePermissions(kustomize, PosixFilePermissions.fromString("rwxr-xr-x"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Kustomize.tool(bin.toString()));
        assertTrue(e.getMessage().contains("needs v5 or newer"), e.getMessage());
    }

    @Test
    void kustomizeRefusingAKustomizationFailsTheBuildWithItsMessage() throws IOException {
        write("kustomization.yaml", "resources: [missing.yaml]\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Kustomize.render(Kustomize.tool(System.getenv("PATH")), dir));
        assertTrue(e.getMessage().contains("missing.yaml"), e.getMessage());
    }

    @Test
    void labelsStayOffSelectorsAndContainersMergeByName() throws IOException {
        write("realm.json", "{\"realm\":\"r\"}\n");
        write("base/kustomization.yaml", """
                resources: [app.yaml]
                configMapGenerator: [{name: realm, files: [realm.json=../realm.json]}]
                generatorOptions: {disableNameSuffixHash: true}
                """);
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  selector: {matchLabels: {app: app}}
                  template:
                    metadata: {labels: {app: app}}
                    spec:
                      containers:
                        - {name: app, image: lianxi/app:1, env: [{name: A, value: "1"}]}
                        - {name: sidecar, image: other/sidecar:3}
                """);
        write("overlay/kustomization.yaml", """
                resources: [../base]
                labels: [{pairs: {env: test}}]
                patches: [{path: patch.yaml}]
                """);
        write("overlay/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers: [{name: app, env: [{name: B, value: "2"}]}]
                """);
        List<ObjectNode> rendered = Kustomize.render(Kustomize.tool(System.getenv("PATH")), dir.resolve("overlay"));
        ObjectNode app = Manifests.find(rendered, "Deployment", "app").orElseThrow();
        assertEquals("test", app.path("metadata").path("labels").path("env").asText());
        assertEquals("{\"app\":\"app\"}", app.path("spec").path("selector").path("matchLabels").toString(),
                "labels without includeSelectors leave selectors alone");
        List<ObjectNode> containers = Manifests.containers(app);
        assertEquals(2, containers.size(), "containers merged by name, not replaced");
        assertEquals("[{\"name\":\"B\",\"value\":\"2\"},{\"name\":\"A\",\"value\":\"1\"}]",
                containers.get(0).path("env").toString());
        assertEquals("{\"realm\":\"r\"}\n", Manifests.find(rendered, "ConfigMap", "realm").orElseThrow()
                .path("data").path("realm.json").asText());
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
