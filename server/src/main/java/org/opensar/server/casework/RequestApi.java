package org.opensar.server.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.opensar.server.clock.RequestDeadline;
import org.opensar.server.staff.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The JSON API for requests, their timeline, their clock and the lifecycle actions. */
@RestController
@RequestMapping("/api/requests")
@Tag(name = "Requests", description = "Subject access, CCTV, FOI, EIR requests and breach reports")
class RequestApi {

    private final Casework casework;

    RequestApi(Casework casework) {
        this.casework = casework;
    }

    /** A request with its clock and the actions the caller could take now. */
    record RequestView(InformationRequest request, RequestDeadline clock, List<RequestAction> availableActions) {}

    /** One row of the list: enough to sort and triage. */
    record RequestSummary(
            String reference,
            RequestType type,
            RequestStatus status,
            String subjectName,
            LocalDate receivedOn,
            LocalDate dueOn,
            OffsetDateTime dueAt,
            boolean extended) {}

    @GetMapping
    @Operation(summary = "List requests, soonest due first")
    List<RequestSummary> list(
            @RequestParam(required = false) RequestStatus status, @RequestParam(defaultValue = "200") int limit) {
        return casework.list(status, Math.min(Math.max(limit, 1), 1000)).stream()
                .map(r -> {
                    RequestDeadline deadline = casework.deadline(r);
                    return new RequestSummary(
                            r.reference().value(),
                            r.type(),
                            r.status(),
                            r.subject().name(),
                            r.receivedOn(),
                            deadline.due(),
                            deadline.dueAt(),
                            r.extended());
                })
                .toList();
    }

    @PostMapping
    @Operation(summary = "Record a request received by letter, email, phone, in person or online")
    ResponseEntity<RequestView> create(@Valid @RequestBody NewRequest input, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        InformationRequest created = casework.receive(input, actor);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                        .path("/{reference}")
                        .buildAndExpand(created.reference().value())
                        .toUri())
                .body(view(created, actor));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One request with its clock and the actions available")
    RequestView get(@PathVariable CaseReference reference, Authentication authentication) {
        return view(casework.get(reference), Actor.of(authentication));
    }

    @GetMapping("/{reference}/events")
    @Operation(summary = "The request's timeline: every event with who, when and why")
    List<RequestEvent> events(@PathVariable CaseReference reference) {
        return casework.timeline(reference);
    }

    @GetMapping("/{reference}/clock")
    @Operation(summary = "The due date and its explanation in words")
    RequestDeadline clock(@PathVariable CaseReference reference) {
        return casework.deadline(casework.get(reference));
    }

    @PostMapping("/{reference}/actions")
    @Operation(summary = "Take a lifecycle action (refused with 409 and a clear message where not allowed)")
    RequestView act(
            @PathVariable CaseReference reference,
            @Valid @RequestBody ActionInput input,
            Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return view(casework.act(reference, input, actor), actor);
    }

    private RequestView view(InformationRequest request, Actor actor) {
        return new RequestView(request, casework.deadline(request), casework.actionsFor(request, actor));
    }
}
