package org.opsbench.notifications.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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
    private final Path log;

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
        log = Files.createTempFile("greenmail", ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!accepts(smtpPort) || !accepts(pop3Port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("GreenMail did not start:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
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
