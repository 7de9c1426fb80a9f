/**
 * Time limits (办结时限) and the working-day calendar of the platform.
 * <p>
 * The {@link io.renshe.catalog.api.time.TimeLimitParser} service reads a time-limit text as a catalog writes it
 * (即办, 15个工作日, 自受理材料起15个工作日内办结, 10日内, 最长不得超过3个月, 无, 未提速, 未办理, or a rule such as
 * 按季度发放，季后10个工作日内办结) into its meaning, keeping the text. The
 * {@link io.renshe.catalog.api.time.CalendarService} knows the national public holidays and adjusted working days
 * (调休) of every year the State Council has announced, weekends, and the local additions of each jurisdiction; it
 * computes due dates (the acceptance day is day 0), counts working days and says why a day is or is not a working
 * day. Outside the years it covers it falls back to weekends only, and every answer says so.
 * {@link io.renshe.catalog.api.time.LocalCalendarProvider} is the whiteboard SPI through which a jurisdiction adds
 * its local days.
 * <p>
 * Every type here is an immutable value that serializes with Jackson as it is; dates in answers are
 * {@code yyyy-MM-dd} strings.
 */
@Export
@Version("2.0.0")
package io.renshe.catalog.api.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
