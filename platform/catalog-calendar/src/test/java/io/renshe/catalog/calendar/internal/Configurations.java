package io.renshe.catalog.calendar.internal;

import java.lang.annotation.Annotation;

/** Typed configurations for tests, as Config Admin and DS would make them. */
final class Configurations {

    private Configurations() {
    }

    static CalendarConfiguration calendar(String folder, int checkSeconds) {
        return new CalendarConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CalendarConfiguration.class;
            }

            @Override
            public String holidays_folder() {
                return folder;
            }

            @Override
            public int holidays_check_seconds() {
                return checkSeconds;
            }
        };
    }

    static LocalCalendarConfiguration local(String jurisdictionId, String[] nonWorking, String[] working) {
        return new LocalCalendarConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return LocalCalendarConfiguration.class;
            }

            @Override
            public String jurisdiction_id() {
                return jurisdictionId;
            }

            @Override
            public String[] non_working_days() {
                return nonWorking;
            }

            @Override
            public String[] working_days() {
                return working;
            }
        };
    }
}
