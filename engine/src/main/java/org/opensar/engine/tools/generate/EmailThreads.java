package org.opensar.engine.tools.generate;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.opensar.engine.casefile.MailboxParts;

/**
 * An e-mail conversation as council mailboxes hold it: a first message (perhaps with an attachment), then replies
 * that quote what came before, in Outlook's style (the earlier message's From, Sent, To and Subject, then its text) or
 * in the style of most other clients ("On ... wrote:" and every line quoted with "&gt; "), sometimes only in part, and
 * forwards that carry the attachment on. The answer key follows from what each message holds: a message whose text
 * and attachment are all in a later message is removed in favour of the most inclusive message that holds it; a
 * message with an attachment the later ones lack, or quoted only in part, is kept.
 */
final class EmailThreads {

    /** How the conversation goes. */
    enum Shape {
        /** Each reply quotes the whole conversation before it. */
        LINEAR,
        /** The first message has an attachment that the replies do not carry. */
        ATTACHMENT_DROPPED,
        /** The first message, with its attachment, is forwarded in full. */
        FORWARDED_ATTACHMENT,
        /** The first reply quotes only the start of the first message. */
        PARTIAL_QUOTE
    }

    private static final DateTimeFormatter HEADER_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss '+0000'", Locale.UK);
    private static final DateTimeFormatter OUTLOOK_DATE =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter CLIENT_DATE =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.UK);
    private static final List<String> FORWARD_TO = List.of("iro", "pa", "sw2", "tm");

    private final Cast cast;
    private final Map<String, KeepReason> keptWords;
    private final CopyWording wording;

    EmailThreads(Cast cast, Map<String, KeepReason> keptWords, CopyWording wording) {
        this.cast = cast;
        this.keptWords = keptWords;
        this.wording = wording;
    }

    /** One message as it is built: who, when, its text without header lines or attachment, and what it holds. */
    private record Message(
            MarkedText from,
            MarkedText to,
            String subject,
            LocalDateTime sent,
            MarkedText content,
            GeneratedDocument attachment,
            Set<String> holds,
            String messageId,
            List<String> references,
            boolean forward) {}

    /**
     * The messages of a conversation that starts with {@code first} (an e-mail as the composer writes it), in the order
     * sent, each with its answer. {@code attachment} is the first message's attachment (null for none).
     */
    List<GeneratedDocument> conversation(
            GeneratedDocument first,
            GeneratedDocument attachment,
            Shape shape,
            int messages,
            boolean mailbox,
            Random random) {
        List<Message> thread = new ArrayList<>();
        thread.add(firstMessage(first, attachment));
        for (int i = 1; i < messages; i++) {
            Message previous = thread.get(i - 1);
            boolean forward = shape == Shape.FORWARDED_ATTACHMENT && i == 1;
            boolean partial = shape == Shape.PARTIAL_QUOTE && i == 1;
            thread.add(forward ? forward(previous, random) : reply(previous, partial, random));
        }
        String base = first.storedFile().substring(0, first.storedFile().lastIndexOf('.'));
        List<GeneratedDocument> documents = new ArrayList<>();
        for (int i = 0; i < thread.size(); i++) {
            String file = mailbox
                    ? MailboxParts.partFile(base + ".mbox", i + 1)
                    : i == 0 ? first.storedFile() : base + " " + (i + 1) + ".eml";
            documents.add(document(first, thread.get(i), file, mailbox));
        }
        return answered(documents, thread, mailbox);
    }

    private Message firstMessage(GeneratedDocument first, GeneratedDocument attachment) {
        MarkedText text = first.text();
        String plain = text.text();
        int bodyStart = plain.indexOf("\n\n") + 2;
        Set<String> holds = new HashSet<>(Set.of("body:0"));
        if (attachment != null) {
            holds.add("attachment:0");
        }
        String id = "<" + Integer.toHexString(plain.hashCode()) + "." + first.date() + "@mail.opensar.example>";
        return new Message(
                headerValue(text, "From: "),
                headerValue(text, "To: "),
                headerValue(text, "Subject: ").text(),
                LocalDateTime.parse(headerValue(text, "Date: ").text(), HEADER_DATE),
                text.slice(bodyStart, plain.length()),
                attachment,
                holds,
                id,
                List.of(),
                false);
    }

    private Message reply(Message previous, boolean partial, Random random) {
        LocalDateTime sent = previous.sent().plusMinutes(30 + random.nextInt(3 * 24 * 60));
        String words = wording.pick(CopyWording.Section.REPLY, random);
        while (previous.content().text().startsWith(opening(words))) {
            words = wording.pick(CopyWording.Section.REPLY, random);
        }
        MarkedText content = renderer(sent, random).render(words);
        Set<String> holds =
                new HashSet<>(Set.of("body:" + (previous.references().size() + 1)));
        if (partial) {
            content.append(partialQuote(previous));
            holds.add("part-of:" + previous.messageId());
        } else {
            content.append(random.nextBoolean() ? outlookQuote(previous) : clientQuote(previous));
            previous.holds().stream().filter(h -> !h.startsWith("attachment:")).forEach(holds::add);
        }
        return next(previous, previous.to(), previous.from(), "RE: ", sent, content, null, holds, false);
    }

    private Message forward(Message previous, Random random) {
        LocalDateTime sent = previous.sent().plusMinutes(10 + random.nextInt(2 * 24 * 60));
        String role = FORWARD_TO.get(random.nextInt(FORWARD_TO.size()));
        MarkedText to = renderer(sent, random).render("{" + role + ".full} <{" + role + ".email}>");
        MarkedText content = renderer(sent, random)
                .render(wording.pick(CopyWording.Section.FORWARD_NOTE, random))
                .plain("\n\n---------- Forwarded message ---------\nFrom: ")
                .append(previous.from())
                .plain("\nDate: " + CLIENT_DATE.format(previous.sent()) + "\nSubject: " + previous.subject() + "\nTo: ")
                .append(previous.to())
                .plain("\n\n")
                .append(previous.content());
        Set<String> holds = new HashSet<>(previous.holds());
        holds.add("body:" + (previous.references().size() + 1));
        return next(previous, previous.to(), to, "FW: ", sent, content, previous.attachment(), holds, true);
    }

    private static Message next(
            Message previous,
            MarkedText from,
            MarkedText to,
            String prefix,
            LocalDateTime sent,
            MarkedText content,
            GeneratedDocument attachment,
            Set<String> holds,
            boolean forward) {
        List<String> references = new ArrayList<>(previous.references());
        references.add(previous.messageId());
        String subject = prefix + previous.subject().replaceFirst("^(RE|FW): ", "");
        String id = "<" + Integer.toHexString(content.text().hashCode()) + "." + sent.toLocalDate()
                + "@mail.opensar.example>";
        return new Message(from, to, subject, sent, content, attachment, holds, id, references, forward);
    }

    /** The words a reply starts with before any name, so the next reply can start differently. */
    private static String opening(String reply) {
        int placeholder = reply.indexOf('{');
        return reply.substring(0, Math.min(12, placeholder > 0 ? placeholder : reply.length()));
    }

    private static MarkedText outlookQuote(Message previous) {
        return new MarkedText()
                .plain("\n\n-----Original Message-----\nFrom: ")
                .append(previous.from())
                .plain("\nSent: " + OUTLOOK_DATE.format(previous.sent()) + "\nTo: ")
                .append(previous.to())
                .plain("\nSubject: " + previous.subject() + "\n\n")
                .append(previous.content());
    }

    private static MarkedText clientQuote(Message previous) {
        return new MarkedText()
                .plain("\n\nOn " + CLIENT_DATE.format(previous.sent()) + ", ")
                .append(previous.from())
                .plain(" wrote:\n")
                .append(quoted(previous.content()));
    }

    /** The first paragraphs of the message, about a third of it, quoted, and a mark where the rest was cut. */
    private static MarkedText partialQuote(Message previous) {
        String text = previous.content().text();
        int cut = text.indexOf("\n\n", text.length() / 3);
        MarkedText start = previous.content().slice(0, cut < 0 ? text.length() / 3 : cut);
        return new MarkedText()
                .plain("\n\nOn " + CLIENT_DATE.format(previous.sent()) + ", ")
                .append(previous.from())
                .plain(" wrote:\n")
                .append(quoted(start))
                .plain("\n>\n> [...]");
    }

    /** Every line with "> " before it ("&gt;" alone on a blank line), the marks moved with their text. */
    static MarkedText quoted(MarkedText text) {
        String plain = text.text();
        List<TextEdit> edits = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= plain.length()) {
            int lineEnd = plain.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? plain.length() : lineEnd;
            edits.add(TextEdit.insert(lineStart, lineEnd == lineStart ? ">" : "> "));
            lineStart = lineEnd + 1;
        }
        return text.edited(edits);
    }

    private GeneratedDocument document(GeneratedDocument first, Message message, String file, boolean mailbox) {
        MarkedText text = new MarkedText()
                .plain("From: ")
                .append(message.from())
                .plain("\nTo: ")
                .append(message.to())
                .plain("\nSubject: " + message.subject() + "\nDate: " + HEADER_DATE.format(message.sent()) + "\n\n")
                .append(message.content());
        int attachmentAt = -1;
        if (message.attachment() != null) {
            text.plain("\n\n");
            attachmentAt = text.length();
            text.append(message.attachment().text());
        }
        GeneratedDocument.Mail mail = new GeneratedDocument.Mail(
                message.messageId(), message.references(), message.attachment(), attachmentAt);
        GeneratedDocument.Metadata metadata = new GeneratedDocument.Metadata(
                message.subject(), "E-mail", first.metadata().author(), "Mailbox export");
        return new GeneratedDocument(
                file,
                first.kind(),
                first.family(),
                mailbox ? DocumentFormat.MBOX : DocumentFormat.EML,
                first.disposition(),
                first.reason(),
                null,
                List.of(),
                message.sent().toLocalDate(),
                text,
                metadata,
                null,
                mail);
    }

    /**
     * Each message's answer from what the messages hold: one whose holdings are all in another's is removed as a
     * duplicate of the kept message that holds it.
     */
    private static List<GeneratedDocument> answered(
            List<GeneratedDocument> documents, List<Message> thread, boolean mailbox) {
        List<GeneratedDocument> answered = new ArrayList<>();
        for (int i = 0; i < thread.size(); i++) {
            List<HardCase> hard = new ArrayList<>(List.of(HardCase.EMAIL_THREAD));
            if (mailbox) {
                hard.add(HardCase.MAILBOX);
            }
            int keptHolder = keptHolder(thread, thread.get(i).holds(), i);
            GeneratedDocument document = documents.get(i);
            if (keptHolder < 0) {
                hard.addAll(whyKept(thread, i));
                answered.add(document.withAnswer(document.disposition(), document.reason(), null, hard));
            } else {
                boolean forwarded =
                        thread.get(keptHolder).forward() && thread.get(i).attachment() != null;
                hard.add(forwarded ? HardCase.FORWARDED_WITH_ATTACHMENT : HardCase.QUOTED_IN_LATER_MESSAGE);
                answered.add(document.withAnswer(
                        Disposition.REMOVE,
                        Reason.DUPLICATE,
                        documents.get(keptHolder).file(),
                        hard));
            }
        }
        return answered;
    }

    /** The index of the kept message (one no other message holds) that holds all of {@code holds}; -1 if none but i. */
    static int keptHolder(List<Message> thread, Set<String> holds, int self) {
        int best = -1;
        for (int j = 0; j < thread.size(); j++) {
            if (j != self && thread.get(j).holds().containsAll(holds) && !heldByAnother(thread, j)) {
                best = best < 0
                                || thread.get(j).holds().size()
                                        > thread.get(best).holds().size()
                        ? j
                        : best;
            }
        }
        return best;
    }

    private static boolean heldByAnother(List<Message> thread, int i) {
        for (int j = 0; j < thread.size(); j++) {
            if (j != i && thread.get(j).holds().containsAll(thread.get(i).holds())) {
                return true;
            }
        }
        return false;
    }

    private static List<HardCase> whyKept(List<Message> thread, int i) {
        Message message = thread.get(i);
        List<HardCase> why = new ArrayList<>();
        boolean bodyQuoted =
                thread.stream().anyMatch(m -> m != message && m.holds().contains(bodyOf(thread, i)));
        if (message.attachment() != null && bodyQuoted) {
            why.add(HardCase.ATTACHMENT_NOT_IN_REPLY);
        }
        if (thread.stream().anyMatch(m -> m.holds().contains("part-of:" + message.messageId()))) {
            why.add(HardCase.PARTIAL_QUOTE);
        }
        return why;
    }

    private static String bodyOf(List<Message> thread, int i) {
        return "body:" + thread.get(i).references().size();
    }

    /** The kept message of {@code conversation} that carries the first message's attachment, for a filed copy of it. */
    static GeneratedDocument carrierOfAttachment(List<GeneratedDocument> conversation) {
        return conversation.stream()
                .filter(d -> d.duplicateOf() == null && d.mail().attachment() != null)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no kept message carries the attachment"));
    }

    private TemplateRenderer renderer(LocalDateTime sent, Random random) {
        return new TemplateRenderer(cast, keptWords, random, sent.toLocalDate(), Map.of());
    }

    /** The value of a header line of the message's text ("From: A Example &lt;a@example.org&gt;"), with its marks. */
    private static MarkedText headerValue(MarkedText text, String field) {
        String plain = text.text();
        int start = plain.startsWith(field) ? 0 : plain.indexOf("\n" + field) + 1;
        if (start < 0 || !plain.startsWith(field, start)) {
            throw new IllegalArgumentException("the e-mail has no " + field + "line");
        }
        int valueStart = start + field.length();
        return text.slice(valueStart, plain.indexOf('\n', valueStart));
    }
}
