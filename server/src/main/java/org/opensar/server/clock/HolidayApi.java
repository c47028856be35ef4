package org.opensar.server.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.opensar.engine.clock.Nation;
import org.opensar.engine.clock.PublicHoliday;
import org.opensar.server.staff.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public holidays: the published list in force, and the administrator's additions and removals. */
@RestController
@RequestMapping("/api/holidays")
@Tag(name = "Holidays", description = "Public holidays that move due dates")
class HolidayApi {

    private final HolidayAdministration administration;

    HolidayApi(HolidayAdministration administration) {
        this.administration = administration;
    }

    /** An administrator's change: a day added (with its name) or removed (with the reason). */
    record AdjustmentRequest(
            @NotBlank String nation,
            @NotNull LocalDate day,
            boolean added,
            @NotBlank String name) {}

    @GetMapping
    @Operation(summary = "The holidays in force for a nation and year")
    List<PublicHoliday> holidays(
            @RequestParam(defaultValue = "england-and-wales") String nation,
            @RequestParam(required = false) Integer year) {
        return administration.holidays(
                Nation.fromId(nation), year == null ? Year.now().getValue() : year);
    }

    @GetMapping("/adjustments")
    @Operation(summary = "The administrator's changes to the published list")
    List<HolidayAdministration.Adjustment> adjustments() {
        return administration.adjustments();
    }

    @PostMapping("/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a one-off holiday or remove a published one")
    void adjust(@Valid @RequestBody AdjustmentRequest request, Authentication authentication) {
        Nation nation = Nation.fromId(request.nation());
        Actor actor = Actor.of(authentication);
        if (request.added()) {
            administration.add(nation, request.day(), request.name(), actor);
        } else {
            administration.remove(nation, request.day(), request.name(), actor);
        }
    }

    @DeleteMapping("/adjustments/{nation}/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take back a change, restoring the published list for that day")
    void undo(@PathVariable String nation, @PathVariable LocalDate day, Authentication authentication) {
        administration.undo(Nation.fromId(nation), day, Actor.of(authentication));
    }
}
