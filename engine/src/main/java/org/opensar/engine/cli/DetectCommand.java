package org.opensar.engine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.opensar.engine.casefile.CaseDescription;
import org.opensar.engine.casefile.CaseDescriptionReader;
import org.opensar.engine.casefile.CaseFileException;
import org.opensar.engine.detect.PeopleFinder;
import org.opensar.engine.detect.PersonalDataDetector;
import org.opensar.engine.detect.ProposedRedaction;
import org.opensar.engine.register.DocumentSightings;
import org.opensar.engine.register.InvalidStaffDirectoryException;
import org.opensar.engine.register.PeopleRegister;
import org.opensar.engine.register.RegisterBuilder;
import org.opensar.engine.register.StaffDirectoryCsv;
import org.opensar.engine.register.StaffMember;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bin/opensar detect [--case case.json [--staff STAFF.csv]] FILE|-} prints the proposed redactions of a text as
 * JSON, and the people register it used on standard error;
 * {@code --jsonl FILE} reads one {"id", "text"} per line and prints one {"id", "spans"} per line.
 */
public final class DetectCommand implements Command {

    static final String USAGE =
            "usage: bin/opensar detect [--case case.json [--staff STAFF.csv]] (FILE | - | --jsonl FILE)";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InputStream stdin;

    public DetectCommand() {
        this(System.in);
    }

    DetectCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "detect";
    }

    @Override
    public String summary() {
        return "propose redactions of third-party personal data in a text, as JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            DetectArguments arguments = DetectArguments.parse(args);
            if (arguments.help()) {
                out.println(USAGE);
                return 0;
            }
            String text = arguments.jsonl() == null ? read(arguments.input()) : "";
            PersonalDataDetector detector = arguments.caseFile() == null
                    ? PersonalDataDetector.withoutCase()
                    : PersonalDataDetector.forCase(register(arguments, text, err));
            if (arguments.jsonl() != null) {
                detectEachLine(detector, arguments.jsonl(), out);
            } else {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spans(detector.detect(text))));
            }
            return 0;
        } catch (UsageException | CaseFileException | InvalidStaffDirectoryException e) {
            err.println("detect: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("detect: no such file: " + e.getFile());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("detect: cannot read input: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The people register the detection uses, printed on standard error so a run can be reproduced: case.json's
     * people, the staff directory, and who the text says each person it names is (a batch of lines uses case.json and
     * the staff directory only).
     */
    private static CaseDescription register(DetectArguments arguments, String text, PrintStream err) {
        CaseDescription base = CaseDescriptionReader.read(arguments.caseFile());
        List<StaffMember> staff = arguments.staff() == null ? List.of() : StaffDirectoryCsv.read(arguments.staff());
        List<DocumentSightings> sightings = text.isEmpty()
                ? List.of()
                : List.of(new DocumentSightings(arguments.input(), new PeopleFinder().find(text)));
        PeopleRegister register = RegisterBuilder.build(base, staff, sightings);
        err.println("detect: the people register used:");
        err.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(register));
        return register.describe(base);
    }

    private void detectEachLine(PersonalDataDetector detector, Path jsonl, PrintStream out) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = parseLine(line, jsonl, number);
                ObjectNode result = JSON.createObjectNode();
                result.set("id", record.get("id"));
                result.set("spans", spans(detector.detect(record.get("text").asString())));
                out.println(JSON.writeValueAsString(result));
            }
        }
    }

    private static JsonNode parseLine(String line, Path jsonl, int number) {
        try {
            JsonNode record = JSON.readTree(line);
            if (!record.isObject()
                    || !record.has("id")
                    || record.get("text") == null
                    || !record.get("text").isString()) {
                throw new UsageException(jsonl + " line " + number + ": expected {\"id\": ..., \"text\": \"...\"}");
            }
            return record;
        } catch (JacksonException e) {
            throw new UsageException(jsonl + " line " + number + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private String read(String input) throws IOException {
        if (input.equals("-")) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(input), StandardCharsets.UTF_8);
    }

    static ArrayNode spans(List<ProposedRedaction> redactions) {
        ArrayNode spans = JSON.createArrayNode();
        for (ProposedRedaction redaction : redactions) {
            ObjectNode span = spans.addObject();
            span.put("text", redaction.text());
            span.put("start", redaction.start());
            span.put("end", redaction.end());
            span.put("type", redaction.type().name());
            ObjectNode reason = span.putObject("reason");
            reason.put("code", redaction.reason().name());
            reason.put("plainEnglish", redaction.reason().plainEnglish());
            span.put("recognizer", redaction.recognizer());
            span.put("score", redaction.score());
            ObjectNode explanation = span.putObject("explanation");
            explanation.put("evidence", redaction.explanation().evidence().name());
            explanation.put("detail", redaction.explanation().detail());
            ArrayNode context = explanation.putArray("context");
            redaction.explanation().contextWords().forEach(context::add);
            span.put("status", redaction.status().name());
        }
        return spans;
    }
}
