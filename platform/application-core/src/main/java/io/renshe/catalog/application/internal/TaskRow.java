package io.renshe.catalog.application.internal;

import java.time.LocalDate;

import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.application.TaskState;

/** A row of APPLICATION_TASK while an action changes it (one transaction, one thread). */
final class TaskRow {
    long id;
    long applicationId;
    int seq;
    String jurisdiction;
    String item;
    String itemName;
    String unit;
    String unitSource;
    TaskState state;
    TaskState returnedFrom;
    String form;
    String plugin;
    TimeLimit statutory;
    String statutorySource;
    TimeLimit committed;
    String committedSource;
    LocalDate startOn;
    LocalDate dueStatutory;
    LocalDate dueCommitted;
    LocalDate acceptedOn;
    LocalDate decidedOn;
    LocalDate deliveredOn;
    int suspendedDays;
    Integer workingDays;
    Boolean onTime;
    String note;
    String refusal;
    String answers;
    String catalogVersion;
    String itemState;
    int version;

    LocalDate due(io.renshe.catalog.application.ClockKind clock) {
        return clock == io.renshe.catalog.application.ClockKind.STATUTORY ? dueStatutory : dueCommitted;
    }

    TimeLimit limit(io.renshe.catalog.application.ClockKind clock) {
        return clock == io.renshe.catalog.application.ClockKind.STATUTORY ? statutory : committed;
    }

    void due(io.renshe.catalog.application.ClockKind clock, LocalDate date) {
        if (clock == io.renshe.catalog.application.ClockKind.STATUTORY) {
            dueStatutory = date;
        } else {
            dueCommitted = date;
        }
    }
}
