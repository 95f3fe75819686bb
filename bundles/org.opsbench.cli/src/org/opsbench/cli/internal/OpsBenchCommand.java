package org.opsbench.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.opsbench.core.exchange.CsvImportException;
import org.opsbench.core.files.AtomicFile;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.persistence.CustomerExchange;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseBackup;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.DatabaseKind;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.ModelPackages;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.persistence.UserAccounts;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** opsbench-cli: administration commands that need no workbench. */
@Command(name = "opsbench-cli", mixinStandardHelpOptions = true, version = "OpsBench 0.1.0",
        description = "OpsBench administration from the command line.", subcommands = {
                OpsBenchCommand.CreateUser.class, OpsBenchCommand.GenerateSampleData.class,
                OpsBenchCommand.ImportCustomers.class, OpsBenchCommand.ExportCustomers.class,
                OpsBenchCommand.Backup.class, OpsBenchCommand.Restore.class, ServeCommand.class,
                CalendarCommand.class },
        footer = { "", "Exit codes: 0 done, 1 the command failed (nothing half-written), 2 wrong usage." })
public final class OpsBenchCommand implements Callable<Integer> {

    /** Exit code for a command that ran and failed. */
    public static final int FAILED = 1;
    /** Exit code for a command line that could not be understood. */
    public static final int USAGE = 2;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder; the embedded database is DIR/database (default: ~/opsbench-workspace).")
    Path workspace;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "Shared database instead of the embedded one: jdbc:derby://host:port/name or jdbc:postgresql://host:port/name.")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "User for a shared database.")
    String user;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "File whose first line is the shared database's password (keeps it out of the process list).")
    Path passwordFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs a command line.
     *
     * @return the exit code
     */
    public static int execute(String[] arguments, PrintWriter out, PrintWriter err) {
        OpsBenchCommand root = new OpsBenchCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ContributedCommands.addTo(commandLine, root::open, out, err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println(messageOf(exception));
            return FAILED;
        });
        return commandLine.execute(arguments);
    }

    private static String messageOf(Exception exception) {
        if (exception instanceof DatabaseException || exception instanceof CsvImportException) {
            return exception.getMessage();
        }
        if (exception instanceof java.nio.file.NoSuchFileException missing) {
            return "File not found: " + missing.getFile();
        }
        return exception.getClass().getSimpleName() + ": " + exception.getMessage();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return USAGE;
    }

    Path workspace() {
        return workspace != null ? workspace : Path.of(System.getProperty("user.home"), "opsbench-workspace");
    }

    DatabaseSettings settings() throws IOException {
        String password = passwordFile == null ? System.getProperty(DatabaseSettings.PASSWORD_PROPERTY)
                : Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        String dbUrl = url != null ? url : System.getProperty(DatabaseSettings.URL_PROPERTY);
        String dbUser = user != null ? user : System.getProperty(DatabaseSettings.USER_PROPERTY);
        return DatabaseSettings.fromProperties(key -> switch (key) {
            case DatabaseSettings.URL_PROPERTY -> dbUrl;
            case DatabaseSettings.USER_PROPERTY -> dbUser;
            case DatabaseSettings.PASSWORD_PROPERTY -> password;
            default -> System.getProperty(key);
        }, workspace().resolve("database"));
    }

    Database open() throws IOException {
        return Database.open(settings(), ModelPackages.contributed());
    }

    @Command(name = "create-user", description = "Creates a user who can log into the workbench.")
    static final class CreateUser implements Callable<Integer> {
        @ParentCommand
        OpsBenchCommand parent;

        @Option(names = "--login", required = true, description = "Login name.")
        String login;

        @Option(names = "--name", description = "Name shown in the workbench.")
        String name;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "File whose first line is the new user's password (at least 8 characters).")
        Path passwordFile;

        @Option(names = "--roles", split = ",", paramLabel = "ROLE", description = "Roles, comma-separated, e.g. seat-agent,service-engineer.")
        List<String> roles = List.of();

        @Override
        public Integer call() throws IOException {
            char[] password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").toCharArray();
            try (Database database = parent.open()) {
                new UserAccounts(database).create(login, name, password, roles);
            } finally {
                Arrays.fill(password, '\0');
            }
            parent.spec.commandLine().getOut().println("Created user " + login + (roles.isEmpty() ? "" : " with roles " + roles) + ".");
            return 0;
        }
    }

    @Command(name = "generate-sample-data",
            description = "Fills an empty database with the invented sample data set (admin login: admin / "
                    + SampleDataLoader.SAMPLE_ADMIN_PASSWORD + ").")
    static final class GenerateSampleData implements Callable<Integer> {
        @ParentCommand
        OpsBenchCommand parent;

        @Option(names = "--seed", description = "Seed; the same seed gives the same data (default: ${DEFAULT-VALUE}).")
        long seed = SampleDataLoader.DEFAULT_SEED;

        @Option(names = "--language", description = "en or zh: the language of names, addresses and case texts (default: the system's).")
        String language;

        @Override
        public Integer call() throws IOException {
            if (language != null) {
                if (!language.equals("en") && !language.equals("zh")) {
                    throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(),
                            "--language: '" + language + "' is not a language of the sample data; use en or zh.");
                }
                // The workflow writes its log lines in the default language: the whole set in one language.
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag(language));
            }
            try (Database database = parent.open()) {
                var data = SampleDataLoader.load(database, Sizes.DEFAULT, seed, java.util.Locale.getDefault(), java.time.Instant.now(), null);
                long sites = data.customers().stream().mapToLong(c -> c.getSites().size()).sum();
                long equipment = data.customers().stream().flatMap(c -> c.getSites().stream()).mapToLong(s -> s.getEquipment().size()).sum();
                parent.spec.commandLine().getOut().printf("Stored %d regions, %d offices, %d customers, %d sites, %d equipment items, %d engineers in %s.%n",
                        data.serviceCenter().getRegions().size(),
                        data.serviceCenter().getRegions().stream().mapToInt(r -> r.getOffices().size()).sum(),
                        data.customers().size(), sites, equipment, data.engineers().size(), database.settings().describe());
            }
            return 0;
        }
    }

    @Command(name = "import-customers", description = "Imports customers, sites and equipment from a UTF-8 CSV file; all or nothing.")
    static final class ImportCustomers implements Callable<Integer> {
        @ParentCommand
        OpsBenchCommand parent;

        @Parameters(paramLabel = "FILE", description = "CSV file with the columns that export-customers writes.")
        Path file;

        @Override
        public Integer call() throws IOException, CsvImportException {
            byte[] content = Files.readAllBytes(file);
            try (Database database = parent.open()) {
                int count = new CustomerExchange(database).importCsv(content);
                parent.spec.commandLine().getOut().println("Imported " + count + " customers from " + file + ".");
            }
            return 0;
        }
    }

    @Command(name = "export-customers", description = "Writes all customers with sites and equipment to a UTF-8 CSV file.")
    static final class ExportCustomers implements Callable<Integer> {
        @ParentCommand
        OpsBenchCommand parent;

        @Parameters(paramLabel = "FILE", description = "CSV file to write (replaced when it exists).")
        Path file;

        @Override
        public Integer call() throws IOException {
            try (Database database = parent.open()) {
                int[] count = new int[1];
                // the export closes (and so flushes) the writer when it is done
                AtomicFile.write(file, out -> count[0] = new CustomerExchange(database).exportCsv(
                        new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)));
                parent.spec.commandLine().getOut().println("Exported " + count[0] + " customers to " + file + ".");
            }
            return 0;
        }
    }

    @Command(name = "backup", description = "Online backup of the Derby database into a folder (work may go on meanwhile).")
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        OpsBenchCommand parent;

        @Parameters(paramLabel = "DIR", description = "Folder to put the backup copy in.")
        Path folder;

        @Override
        public Integer call() throws IOException {
            try (Database database = parent.open()) {
                Path copy = DatabaseBackup.backup(database, folder);
                parent.spec.commandLine().getOut().println("Backed up " + database.settings().describe() + " to " + copy + ".");
            }
            return 0;
        }
    }

    @Command(name = "restore", description = {
            "Replaces the Derby database with a backup copy. Close every workbench first.",
            "The backup is restored into a new folder and checked (schema version, every table) before the database is touched;",
            "the database it replaces is kept and its place printed. A Derby network server's database is restored on the server's machine." })
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        OpsBenchCommand parent;

        @Parameters(paramLabel = "BACKUP", description = "The backup copy folder that the backup command printed.")
        Path copy;

        @Override
        public Integer call() throws IOException {
            DatabaseSettings settings = parent.settings();
            if (settings.kind() == DatabaseKind.POSTGRESQL) {
                throw new DatabaseException("restore replaces a Derby database; for PostgreSQL use pg_restore on its server.");
            }
            DatabaseBackup.Restored restored = DatabaseBackup.restore(copy, settings, ModelPackages.contributed());
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println("Restored " + restored.database() + " from " + copy + ".");
            if (restored.previous() != null) {
                out.println("The database it replaced is kept in " + restored.previous() + "; delete that folder once you are satisfied.");
            }
            return 0;
        }
    }
}
