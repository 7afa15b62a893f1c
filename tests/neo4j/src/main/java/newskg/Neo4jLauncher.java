package newskg;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community (embedded) as a local Bolt server for tests and development.
 *
 * Env: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (required, user neo4j; scripts/neo4j-run.sh
 * gives the default of src/neo4j/local-server.env), NEO4J_DATA_DIR (.neo4j-data),
 * NEO4J_PAGECACHE (256m), NEO4J_HTTP_PORT (unset or empty: no HTTP; set: also serve
 * HTTP on 127.0.0.1:PORT, with Neo4j Browser at /browser/), NEO4J_PASSWORD_HINT
 * (how the Browser line names the password).
 * Prints "NEO4J READY bolt://127.0.0.1:PORT" once Bolt accepts connections
 * (plus " http://127.0.0.1:PORT" when HTTP is on), then with HTTP on a line saying
 * where Browser is and how to log in;
 * shuts down cleanly on SIGTERM/SIGINT. Keeps NEO4J_DATA_DIR/password.sha256 to know
 * whether a restart needs to change the password.
 */
public final class Neo4jLauncher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", "");
        if (password.isEmpty()) {
            fail("NEO4J_PASSWORD is not set (scripts/neo4j-run.sh sets the default of src/neo4j/local-server.env)");
        }
        Path home = Path.of(env("NEO4J_DATA_DIR", ".neo4j-data")).toAbsolutePath();
        long pageCache = ByteUnit.parse(env("NEO4J_PAGECACHE", "256m"));
        String httpPortEnv = env("NEO4J_HTTP_PORT", "");
        int httpPort = httpPortEnv.isEmpty() ? -1 : Integer.parseInt(httpPortEnv);
        if (password.codePointCount(0, password.length()) < 8) {
            fail("NEO4J_PASSWORD must be at least 8 characters");
        }

        long t0 = System.nanoTime();
        // On a fresh data dir, give neo4j its password the way `neo4j-admin dbms
        // set-initial-password` does (before the first start; no Cypher needed).
        boolean fresh = !Files.exists(home.resolve("data/databases/system"));
        if (fresh && AdminTool.execute(new ExecutionContext(home, home.resolve("conf")),
                "dbms", "set-initial-password", password) != 0) {
            fail("could not set the initial password in " + home);
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports to neo4j.com
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                // Netty waits a 5 s quiet period on shutdown by default; a test server need not.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (httpPort >= 0) {
            // The embedded factory starts neo4j-server's web server (with Browser when
            // neo4j-browser is on the classpath) whenever the HTTP connector is enabled.
            builder.setConfig(HttpConnector.enabled, true)
                    .setConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort));
        }
        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J STOPPING");
            try {
                dbms.shutdown();
            } finally {
                System.out.println("NEO4J STOPPED");
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        // On an existing data dir, change the password only if NEO4J_PASSWORD differs
        // from the one last set here (the first Cypher query costs seconds).
        Path marker = home.resolve("password.sha256");
        String digest = sha256(password);
        if (!fresh && !(Files.exists(marker) && Files.readString(marker).equals(digest))) {
            alterPassword(dbms, password);
        }
        Files.writeString(marker, digest);

        waitForBolt(port);
        String http = httpPort >= 0 ? String.format(" http://%s:%d", HOST, httpPort) : "";
        System.out.printf("NEO4J READY bolt://%s:%d%s (home %s, %d ms)%n",
                HOST, port, http, home, (System.nanoTime() - t0) / 1_000_000);
        if (httpPort >= 0) {
            System.out.printf("Neo4j Browser: http://%s:%d/browser/  (connect URL bolt://%s:%d, user neo4j, password %s)%n",
                    HOST, httpPort, HOST, port, env("NEO4J_PASSWORD_HINT", "as set in NEO4J_PASSWORD"));
        }
        System.out.flush();
        stopped.await();
    }

    /** Sets the password of user neo4j, with no change required at first login. */
    private static void alterPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String sha256(String s) throws NoSuchAlgorithmException {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d);
    }

    /** Waits until a Bolt handshake on the port gets a protocol version back. */
    private static void waitForBolt(int port) throws InterruptedException {
        // Magic preamble, then four proposed versions: 5.x (range), 4.4, none, none.
        byte[] hello = {0x60, 0x60, (byte) 0xB0, 0x17,
                0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0};
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                s.setSoTimeout(2000);
                OutputStream out = s.getOutputStream();
                out.write(hello);
                out.flush();
                InputStream in = s.getInputStream();
                if (in.readNBytes(4).length == 4) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            if (System.nanoTime() > deadline) {
                fail("Bolt did not accept connections on " + HOST + ":" + port);
            }
            Thread.sleep(100);
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }

    private static void fail(String msg) {
        System.err.println("NEO4J FAILED " + msg);
        System.exit(1);
    }
}
