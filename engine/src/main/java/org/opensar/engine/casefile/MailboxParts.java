package org.opensar.engine.casefile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message inside a mailbox file is named as a document of the case: the mailbox's own file, a {@code #} and
 * the message's place in it from 1, four digits or more ({@code documents/2016/Email/contact.mbox#0003}), so the
 * case's path order is the mailbox's order.
 */
public final class MailboxParts {

    private static final Pattern PART = Pattern.compile("(.+)#(\\d{4,})");

    private MailboxParts() {}

    public static String partFile(String mailboxFile, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("messages are numbered from 1");
        }
        return mailboxFile + "#" + String.format("%04d", number);
    }

    /** Whether {@code file} names a message of a mailbox rather than a file of its own. */
    public static boolean isPart(String file) {
        return PART.matcher(file).matches();
    }

    /** The mailbox file that holds {@code file}, or {@code file} itself when it is a file of its own. */
    public static String storedFile(String file) {
        Matcher part = PART.matcher(file);
        return part.matches() ? part.group(1) : file;
    }
}
