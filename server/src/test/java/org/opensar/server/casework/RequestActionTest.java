package org.opensar.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensar.server.staff.Role;

/** The lifecycle table: every action from every status, allowed exactly where the rules say. */
class RequestActionTest {

    static InformationRequest request(RequestType type, RequestStatus status, boolean extended) {
        return new InformationRequest(
                UUID.randomUUID(),
                new CaseReference("SAR-2026-000001"),
                type,
                status,
                Channel.EMAIL,
                LocalDate.of(2026, 9, 3),
                new Requester("Jordan Ellis", null, null, null),
                false,
                new DataSubjectDetails("Jordan Ellis", null, null, null),
                "my file",
                null,
                null,
                Delivery.ELECTRONIC,
                null,
                null,
                null,
                extended,
                null,
                null,
                null,
                null,
                List.of(),
                "olivia",
                0);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(
                        RequestAction.REQUEST_IDENTITY, EnumSet.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS)),
                Arguments.of(
                        RequestAction.REQUEST_CLARIFICATION,
                        EnumSet.of(RequestStatus.RECEIVED, RequestStatus.AWAITING_IDENTITY, RequestStatus.IN_PROGRESS)),
                Arguments.of(
                        RequestAction.RECORD_CLARIFICATION_ANSWER, EnumSet.of(RequestStatus.CLARIFICATION_REQUESTED)),
                Arguments.of(RequestAction.START_WORK, EnumSet.of(RequestStatus.RECEIVED)),
                Arguments.of(
                        RequestAction.NOTIFY_EXTENSION,
                        EnumSet.of(
                                RequestStatus.RECEIVED,
                                RequestStatus.AWAITING_IDENTITY,
                                RequestStatus.CLARIFICATION_REQUESTED,
                                RequestStatus.IN_PROGRESS)),
                Arguments.of(RequestAction.SEND_FOR_QA, EnumSet.of(RequestStatus.IN_PROGRESS)),
                Arguments.of(
                        RequestAction.RETURN_FROM_QA,
                        EnumSet.of(RequestStatus.READY_FOR_QA, RequestStatus.APPROVED_FOR_RELEASE)),
                Arguments.of(RequestAction.APPROVE_AND_RESPOND, EnumSet.of(RequestStatus.READY_FOR_QA)),
                Arguments.of(RequestAction.APPROVE_FOR_RELEASE, EnumSet.of(RequestStatus.READY_FOR_QA)),
                Arguments.of(RequestAction.RELEASE, EnumSet.of(RequestStatus.APPROVED_FOR_RELEASE)),
                Arguments.of(
                        RequestAction.REFUSE,
                        EnumSet.of(
                                RequestStatus.RECEIVED,
                                RequestStatus.AWAITING_IDENTITY,
                                RequestStatus.CLARIFICATION_REQUESTED,
                                RequestStatus.IN_PROGRESS,
                                RequestStatus.READY_FOR_QA,
                                RequestStatus.APPROVED_FOR_RELEASE)),
                Arguments.of(
                        RequestAction.RECORD_NOTHING_HELD,
                        EnumSet.of(RequestStatus.IN_PROGRESS, RequestStatus.READY_FOR_QA)),
                Arguments.of(
                        RequestAction.WITHDRAW,
                        EnumSet.of(
                                RequestStatus.RECEIVED,
                                RequestStatus.AWAITING_IDENTITY,
                                RequestStatus.CLARIFICATION_REQUESTED,
                                RequestStatus.IN_PROGRESS,
                                RequestStatus.READY_FOR_QA,
                                RequestStatus.APPROVED_FOR_RELEASE)),
                Arguments.of(
                        RequestAction.ROUTE_ELSEWHERE,
                        EnumSet.of(RequestStatus.RECEIVED, RequestStatus.AWAITING_IDENTITY)),
                Arguments.of(
                        RequestAction.RECORD_FEE_RECEIVED,
                        EnumSet.of(
                                RequestStatus.RECEIVED,
                                RequestStatus.AWAITING_IDENTITY,
                                RequestStatus.CLARIFICATION_REQUESTED,
                                RequestStatus.IN_PROGRESS)));
    }

    @ParameterizedTest(name = "{0} allowed from {1}")
    @MethodSource("table")
    void allowedExactlyFromTheListedStatuses(RequestAction action, Set<RequestStatus> allowedFrom) {
        for (RequestStatus status : RequestStatus.values()) {
            assertThat(action.allowedFor(request(RequestType.SAR, status, false)))
                    .as("%s from %s", action, status)
                    .isEqualTo(allowedFrom.contains(status));
        }
    }

    @Test
    void everyActionIsInTheTable() {
        assertThat(table().map(a -> a.get()[0])).containsExactlyInAnyOrder((Object[]) RequestAction.values());
    }

    @ParameterizedTest
    @EnumSource(
            value = RequestStatus.class,
            names = {"RESPONDED", "REFUSED", "NOTHING_HELD", "WITHDRAWN", "ROUTED_ELSEWHERE"})
    void nothingLeavesAClosedStatus(RequestStatus closed) {
        assertThat(closed.closed()).isTrue();
        for (RequestAction action : RequestAction.values()) {
            assertThat(action.allowedFor(request(RequestType.SAR, closed, false)))
                    .as(action.name())
                    .isFalse();
        }
    }

    @Test
    void aRequestIsExtendedOnlyOnce() {
        assertThat(RequestAction.NOTIFY_EXTENSION.allowedFor(request(RequestType.SAR, RequestStatus.IN_PROGRESS, true)))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = RequestType.class,
            names = {"BREACH_REPORT", "THIRD_PARTY_CCTV"})
    void requestsWithoutAnExtendableClockCannotBeExtended(RequestType type) {
        assertThat(RequestAction.NOTIFY_EXTENSION.allowedFor(request(type, RequestStatus.IN_PROGRESS, false)))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = RequestType.class,
            names = {"FOI", "EIR", "BREACH_REPORT", "THIRD_PARTY_CCTV"})
    void identityIsAskedForOnlyInSubjectAccess(RequestType type) {
        assertThat(RequestAction.REQUEST_IDENTITY.allowedFor(request(type, RequestStatus.RECEIVED, false)))
                .isFalse();
    }

    @Test
    void approvalsRefusalsAndExtensionsAreForManagers() {
        assertThat(Stream.of(RequestAction.values()).filter(a -> a.requiredRole() == Role.IG_MANAGER))
                .containsExactlyInAnyOrder(
                        RequestAction.NOTIFY_EXTENSION,
                        RequestAction.RETURN_FROM_QA,
                        RequestAction.APPROVE_AND_RESPOND,
                        RequestAction.APPROVE_FOR_RELEASE,
                        RequestAction.REFUSE);
    }

    @Test
    void refusalsExtensionsAndWithdrawalsNeedAReason() {
        assertThat(Stream.of(
                        RequestAction.REFUSE,
                        RequestAction.NOTIFY_EXTENSION,
                        RequestAction.WITHDRAW,
                        RequestAction.ROUTE_ELSEWHERE,
                        RequestAction.REQUEST_CLARIFICATION))
                .allMatch(RequestAction::reasonRequired);
        assertThat(RequestAction.START_WORK.reasonRequired()).isFalse();
    }

    @Test
    void answeringAClarificationReturnsToTheStatusBeforeIt() {
        InformationRequest waiting = request(RequestType.SAR, RequestStatus.CLARIFICATION_REQUESTED, false);
        assertThat(RequestAction.RECORD_CLARIFICATION_ANSWER.target(waiting, RequestStatus.AWAITING_IDENTITY))
                .isEqualTo(RequestStatus.AWAITING_IDENTITY);
    }
}
