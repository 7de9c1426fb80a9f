package io.renshe.catalog.application.rest.internal;

import java.util.List;
import java.util.function.Supplier;

import io.renshe.catalog.application.ApplicationError;
import io.renshe.catalog.application.ConflictException;
import io.renshe.catalog.application.RejectedException;
import io.renshe.catalog.application.UnknownException;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemDetail;
import io.renshe.catalog.rest.ProblemError;

/** The application service's errors as the API's problems: 422 with every error, 404, 409. */
final class Failures {

    private Failures() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (RejectedException e) {
            throw Problem.unprocessable(e.getMessage(), errors(e.errors()));
        } catch (UnknownException e) {
            throw e.errors().isEmpty() ? Problem.notFound(e.getMessage())
                    : new Problem(new ProblemDetail(ProblemDetail.ABOUT_BLANK, Problem.reason(404), 404, e.getMessage(),
                            null, errors(e.errors())));
        } catch (ConflictException e) {
            throw Problem.conflict(e.getMessage());
        }
    }

    static List<ProblemError> errors(List<ApplicationError> errors) {
        return errors.stream().map(e -> ProblemError.ofItem(e.item(), e.code(), e.pointer(), e.message())).toList();
    }
}
