package org.opensar.engine.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Plans a case with the copies councils make ({@link CopyMix#COUNCIL}): besides the basic copies, printouts, scanned
 * printouts, date-stamped copies and copies with a note above; a note and the later version that adds an addendum
 * to it; a note and the later chronology it is pasted into; and e-mail conversations, some in one mailbox file,
 * some with an attachment also filed on its own. Where a later document holds an earlier one, both are planned
 * together and the later one waits for its index, so the earlier one's answer can name it. The first 25 documents
 * are those of a basic case; the next ones are one of each council style, so a small case has them all.
 */
final class CouncilPlanner {

    private static final List<DocumentKind> THREAD_KINDS = List.of(
            DocumentKind.CASE_NOTE,
            DocumentKind.PERSONAL_ADVISOR_NOTE,
            DocumentKind.MEETING_MINUTES,
            DocumentKind.CARE_PLAN);
    private static final List<DocumentKind> ATTACHED_KINDS = List.of(
            DocumentKind.CARE_PLAN, DocumentKind.MEETING_MINUTES, DocumentKind.ASSESSMENT, DocumentKind.CIC_REVIEW);
    private static final List<DocumentKind> ADDENDUM_KINDS = List.of(
            DocumentKind.CASE_NOTE,
            DocumentKind.CIC_REVIEW,
            DocumentKind.ASSESSMENT,
            DocumentKind.CARE_PLAN,
            DocumentKind.MEETING_MINUTES,
            DocumentKind.PERSONAL_ADVISOR_NOTE);
    private static final List<DocumentKind> PASTED_KINDS =
            List.of(DocumentKind.CASE_NOTE, DocumentKind.PERSONAL_ADVISOR_NOTE, DocumentKind.MEETING_MINUTES);
    private static final List<DocumentFormat> SAVED_FORMATS = List.of(
            DocumentFormat.PDF,
            DocumentFormat.DOCX,
            DocumentFormat.RTF,
            DocumentFormat.ODT,
            DocumentFormat.TXT,
            DocumentFormat.HTML);
    /** How far ahead a later version or a chronology may come, in documents. */
    private static final int LATER_WITHIN = 15;

    @FunctionalInterface
    private interface Plan {
        /** The document for {@code index}, or null when the plan does not fit in the case. */
        GeneratedDocument make(int index, Random random);
    }

    private final DocumentPlanner planner;
    private final Cast cast;
    private final CouncilCopies copies;
    private final EmailThreads threads;
    private final int documents;
    private final TreeMap<Integer, GeneratedDocument> scheduled = new TreeMap<>();
    private final List<Plan> firstOfEach;
    private int nextFirst;

    CouncilPlanner(DocumentPlanner planner, Cast cast, Map<String, KeepReason> keptWords, int documents) {
        CopyWording wording = CopyWording.load();
        this.planner = planner;
        this.cast = cast;
        this.copies = new CouncilCopies(cast, keptWords, wording);
        this.threads = new EmailThreads(cast, keptWords, wording);
        this.documents = documents;
        List<Plan> plans = new ArrayList<>();
        for (CouncilCopies.Style style : CouncilCopies.Style.values()) {
            plans.add((index, random) -> councilCopy(style, index, random));
        }
        plans.add((index, random) -> thread(EmailThreads.Shape.LINEAR, false, false, index, random));
        plans.add((index, random) -> thread(EmailThreads.Shape.ATTACHMENT_DROPPED, true, true, index, random));
        plans.add((index, random) -> thread(EmailThreads.Shape.FORWARDED_ATTACHMENT, false, false, index, random));
        plans.add((index, random) -> thread(EmailThreads.Shape.PARTIAL_QUOTE, false, false, index, random));
        plans.add(this::addendum);
        plans.add(this::pasted);
        this.firstOfEach = List.copyOf(plans);
    }

    GeneratedDocument next(int index) {
        GeneratedDocument due = scheduled.remove(index);
        if (due != null) {
            return planner.remember(due);
        }
        Random random = planner.random(index);
        int basicCopies = DocumentPlanner.KINDS.length + DocumentPlanner.COPY_STYLES.length;
        if (index >= DocumentPlanner.KINDS.length && index < basicCopies && planner.hasOriginals()) {
            CopyStyle style = DocumentPlanner.COPY_STYLES[index - DocumentPlanner.KINDS.length];
            return style.copy(planner.recentOriginal(random), index, random, cast);
        }
        GeneratedDocument planned = null;
        if (index >= basicCopies && nextFirst < firstOfEach.size()) {
            planned = firstOfEach.get(nextFirst++).make(index, random);
        } else if (index >= basicCopies) {
            planned = randomPlan(random).make(index, random);
        }
        return planned != null ? planned : planner.remember(planner.original(index, random, null, null));
    }

    private Plan randomPlan(Random random) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            CopyStyle style = DocumentPlanner.COPY_STYLES[random.nextInt(DocumentPlanner.COPY_STYLES.length)];
            return (index, r) -> planner.hasOriginals() ? style.copy(planner.recentOriginal(r), index, r, cast) : null;
        }
        if (roll < 8) {
            CouncilCopies.Style style =
                    CouncilCopies.Style.values()[random.nextInt(CouncilCopies.Style.values().length)];
            return (index, r) -> councilCopy(style, index, r);
        }
        if (roll < 11) {
            EmailThreads.Shape shape = EmailThreads.Shape.values()[random.nextInt(EmailThreads.Shape.values().length)];
            boolean mailbox = random.nextInt(100) < 30;
            boolean filed = random.nextInt(100) < 30;
            return (index, r) -> thread(shape, mailbox, filed, index, r);
        }
        if (roll < 13) {
            return this::addendum;
        }
        if (roll < 15) {
            return this::pasted;
        }
        return (index, r) -> null;
    }

    private GeneratedDocument councilCopy(CouncilCopies.Style style, int index, Random random) {
        return planner.hasOriginals() ? copies.copy(style, planner.recentOriginal(random), index, random) : null;
    }

    /**
     * The first message of a conversation now, the rest at the next free indexes, and the attachment filed on its
     * own after them when {@code filed} (and the conversation has one).
     */
    private GeneratedDocument thread(
            EmailThreads.Shape shape, boolean mailbox, boolean filed, int index, Random random) {
        boolean attached =
                shape == EmailThreads.Shape.ATTACHMENT_DROPPED || shape == EmailThreads.Shape.FORWARDED_ATTACHMENT;
        int messages = 2 + random.nextInt(shape == EmailThreads.Shape.LINEAR ? 3 : 2);
        List<Integer> slots = freeSlots(index, messages - 1 + (attached && filed ? 1 : 0), documents);
        if (slots == null) {
            return null;
        }
        GeneratedDocument first = planner.original(index, random, pick(THREAD_KINDS, random), DocumentFormat.EML);
        GeneratedDocument attachment = attached
                ? planner.original(
                        slots.get(slots.size() - 1),
                        random,
                        pick(ATTACHED_KINDS, random),
                        random.nextBoolean() ? DocumentFormat.PDF : DocumentFormat.DOCX)
                : null;
        List<GeneratedDocument> conversation =
                threads.conversation(first, attachment, shape, messages, mailbox, random);
        for (int i = 1; i < conversation.size(); i++) {
            scheduled.put(slots.get(i - 1), conversation.get(i));
        }
        if (attached && filed) {
            scheduled.put(
                    slots.get(slots.size() - 1),
                    attachment.withAnswer(
                            Disposition.REMOVE,
                            Reason.DUPLICATE,
                            EmailThreads.carrierOfAttachment(conversation).file(),
                            List.of(HardCase.ATTACHMENT_ALSO_FILED)));
        }
        return planner.remember(conversation.get(0));
    }

    /** A note now, removed in favour of its later version with an addendum. */
    private GeneratedDocument addendum(int index, Random random) {
        List<Integer> slots = freeSlots(index, 1, Math.min(documents, index + LATER_WITHIN));
        if (slots == null) {
            return null;
        }
        GeneratedDocument original =
                planner.original(index, random, pick(ADDENDUM_KINDS, random), pick(SAVED_FORMATS, random));
        GeneratedDocument later = copies.withAddendum(original, slots.get(0), random);
        scheduled.put(slots.get(0), later);
        return original.withAnswer(
                Disposition.REMOVE, Reason.DUPLICATE, later.file(), List.of(HardCase.SUPERSEDED_BY_ADDENDUM));
    }

    /** A note now, removed in favour of the later chronology it is pasted into. */
    private GeneratedDocument pasted(int index, Random random) {
        List<Integer> slots = freeSlots(index, 1, Math.min(documents, index + LATER_WITHIN));
        if (slots == null) {
            return null;
        }
        GeneratedDocument note =
                planner.original(index, random, pick(PASTED_KINDS, random), pick(SAVED_FORMATS, random));
        GeneratedDocument chronology = copies.pasteInto(
                planner.original(slots.get(0), random, DocumentKind.CHRONOLOGY, pick(SAVED_FORMATS, random)),
                note,
                random);
        scheduled.put(slots.get(0), chronology);
        return note.withAnswer(
                Disposition.REMOVE, Reason.DUPLICATE, chronology.file(), List.of(HardCase.PASTED_INTO_CHRONOLOGY));
    }

    /** The first {@code count} indexes after {@code index} and before {@code end} with nothing planned yet. */
    private List<Integer> freeSlots(int index, int count, int end) {
        List<Integer> slots = new ArrayList<>();
        for (int i = index + 1; i < end && slots.size() < count; i++) {
            if (!scheduled.containsKey(i)) {
                slots.add(i);
            }
        }
        return slots.size() == count ? slots : null;
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
