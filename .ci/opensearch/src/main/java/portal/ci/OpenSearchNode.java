package portal.ci;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node, started from the server jar on the class path instead of a distribution
 * (none may be downloaded here). Settings come as {@code key=value} arguments, the way
 * {@code opensearch -E} takes them; .ci/opensearch.sh chooses ports, folders and discovery.
 * The node runs until the process is told to stop (SIGTERM), then closes cleanly.
 */
public final class OpenSearchNode {

    /** The modules a distribution would load from modules/: Netty for HTTP and transport,
     *  analysis-common for the pattern tokenizer and the asciifolding filter of the portal's index. */
    private static final List<Class<? extends org.opensearch.plugins.Plugin>> MODULES =
        List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    private static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment) {
            // true: private index settings are refused, as by a node started from a distribution
            super(environment, MODULES, true);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings.Builder builder = Settings.builder()
            .put("transport.type", "netty4")
            .put("http.type", "netty4");
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected key=value, got: " + arg);
            }
            builder.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        Settings settings = builder.build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), null, () -> settings.get("node.name"));
        // log4j2.properties in path.home/config, as a distribution has it
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(settings.get("node.name"));
        LogConfigurator.configure(environment);

        Node node = new EmbeddedNode(environment);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "opensearch-node-shutdown"));
        node.start();
        stopped.await();
    }
}
