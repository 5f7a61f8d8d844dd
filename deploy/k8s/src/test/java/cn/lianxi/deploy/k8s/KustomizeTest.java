package cn.lianxi.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer follows kustomize where the manifests rely on it, and refuses what it does not implement. */
class KustomizeTest {

    @TempDir
    Path dir;

    @Test
    void strategicMergeMergesContainersAndEnvByNameAndDeletesOnNull() throws IOException {
        write("base/kustomization.yaml", "resources: [app.yaml]\n");
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app, annotations: {old: x}}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          image: lianxi/app:1
                          env: [{name: A, value: "1"}, {name: B, value: "2"}]
                        - name: sidecar
                          image: other/sidecar:3
                """);
        write("overlay/kustomization.yaml", """
                namespace: ns
                resources: [../base]
                labels: [{pairs: {env: test}}]
                images: [{name: lianxi/app, newName: reg/lianxi/app, newTag: "2"}]
                replicas: [{name: app, count: 5}]
                patches: [{path: patch.yaml}]
                """);
        write("overlay/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app, annotations: {old: null}}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env: [{name: B, value: "20"}, {name: C, value: "3"}]
                """);
        ObjectNode app = Kustomize.build(dir.resolve("overlay")).get(0);
        List<ObjectNode> containers = Manifests.containers(app);
        assertEquals(2, containers.size(), "containers merged by name, not replaced");
        assertEquals("reg/lianxi/app:2", containers.get(0).path("image").asText());
        assertEquals("other/sidecar:3", containers.get(1).path("image").asText());
        assertEquals("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"20\"},{\"name\":\"C\",\"value\":\"3\"}]",
                containers.get(0).path("env").toString());
        assertEquals(5, app.path("spec").path("replicas").asInt());
        assertEquals("ns", app.path("metadata").path("namespace").asText());
        assertEquals("test", app.path("metadata").path("labels").path("env").asText());
        assertTrue(app.path("metadata").path("annotations").isEmpty(), "null deletes a field");
    }

    @Test
    void listsOfCustomResourcesAreReplacedWhole() throws IOException {
        write("kustomization.yaml", "resources: [pool.yaml]\npatches: [{path: patch.yaml}]\n");
        write("pool.yaml", "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata: {name: p}\n"
                + "spec: {storage: {volumes: [{name: a, id: 0, size: 1Gi}, {name: b, id: 1, size: 1Gi}]}}\n");
        write("patch.yaml", "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata: {name: p}\n"
                + "spec: {storage: {volumes: [{name: a, id: 0, size: 5Gi}]}}\n");
        ObjectNode pool = Kustomize.build(dir).get(0);
        assertEquals("[{\"name\":\"a\",\"id\":0,\"size\":\"5Gi\"}]", pool.path("spec").path("storage").path("volumes").toString());
    }

    @Test
    void unsupportedFeaturesAndMissingPatchTargetsFail() throws IOException {
        write("a/kustomization.yaml", "resources: []\ncommonLabels: {x: y}\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir.resolve("a")));
        write("b/kustomization.yaml", "resources: []\npatches: [{path: p.yaml}]\n");
        write("b/p.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: nowhere}\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir.resolve("b")));
        write("c/kustomization.yaml", "configMapGenerator: [{name: m, literals: [A=1]}]\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir.resolve("c")), "hashed names");
    }

    @Test
    void configMapGeneratorReadsFilesOutsideTheRoot() throws IOException {
        write("realm.json", "{\"realm\":\"r\"}\n");
        write("k/kustomization.yaml", """
                configMapGenerator: [{name: realm, files: [realm.json=../realm.json], literals: [A=1]}]
                generatorOptions: {disableNameSuffixHash: true}
                """);
        ObjectNode map = Kustomize.build(dir.resolve("k")).get(0);
        assertEquals("{\"realm\":\"r\"}\n", map.path("data").path("realm.json").asText());
        assertEquals("1", map.path("data").path("A").asText());
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
