package org.opsbench.notifications.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * GreenMail, a real SMTP and POP3 server, in its own process from the standalone jar the build
 * copies next to the tests. Mail is read back over POP3 with Angus Mail, as any mail client would.
 */
final class GreenMailProcess implements AutoCloseable {

    final int smtpPort;
    private final int pop3Port;
    private final Process process;
    private final StringBuffer log = new StringBuffer();

    /** @param users empty: any sender is accepted; otherwise e.g. "ops:secret@localhost", and SMTP requires that login */
    static GreenMailProcess start(int smtpPort, String users) throws IOException, InterruptedException {
        return new GreenMailProcess(smtpPort, users);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private GreenMailProcess(int smtpPort, String users) throws IOException, InterruptedException {
        this.smtpPort = smtpPort;
        this.pop3Port = freePort();
        String jar = System.getProperty("greenmail.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("greenmail.jar not set or missing: " + jar + " (the build copies it to target/greenmail)");
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort, "-Dgreenmail.pop3.port=" + pop3Port,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + freePort()));
        if (users.isEmpty()) {
            command.add("-Dgreenmail.auth.disabled");
        } else {
            command.add("-Dgreenmail.users=" + users);
        }
        command.addAll(List.of("-jar", jar));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // GreenMail starts its API server only after SMTP and POP3 are up: wait for that line, not for a time.
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    log.append(line).append('\n');
                    if (line.contains("Starting GreenMail API server")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                log.append(e).append('\n');
            }
            ready.complete(false); // the output ended (process gone) before GreenMail was up
        }, "greenmail-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.get(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("GreenMail ended before it was up:\n" + log);
            }
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IllegalStateException("GreenMail did not start within 30 s:\n" + log, e);
        }
    }

    /** A received mail, as read over POP3. */
    record Received(String from, String to, String subject, String text) {
    }

    /** @return the mail in this mailbox (with auth disabled, the address is the login and any password works) */
    List<Received> mailbox(String login, String password) throws MessagingException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(org.eclipse.angus.mail.pop3.POP3Store.class.getClassLoader());
        try {
            Properties properties = new Properties();
            properties.put("mail.pop3.host", "127.0.0.1");
            properties.put("mail.pop3.port", String.valueOf(pop3Port));
            Store store = Session.getInstance(properties).getStore("pop3");
            store.connect(login, password);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Received> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(new Received(message.getFrom()[0].toString(), message.getAllRecipients()[0].toString(), message.getSubject(),
                            text(message)));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The decoded text in its declared charset (read directly: activation's content handlers are not wired up in OSGi). */
    private static String text(Message message) throws MessagingException, IOException {
        String charset = new jakarta.mail.internet.ContentType(message.getContentType()).getParameter("charset");
        return new String(message.getInputStream().readAllBytes(), charset == null ? "US-ASCII" : charset).strip();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
