/**
 * Applications (办件) for the items and one-things (一件事) of a jurisdiction, handled the way of the integrated window
 * (综合柜员制: 前台综合受理、后台分类审批、统一窗口出件, 好差评).
 * <p>
 * An applicant submits an {@link io.renshe.catalog.application.ApplicationRequest}: the jurisdiction, a one-thing or
 * single items, the applicant, the accepted commitment (承诺), answers per item and materials. The
 * {@link io.renshe.catalog.application.ApplicationService} checks it whole (every problem at once, the item plug-ins'
 * eligibility pre-checks included), stores it durably and answers an {@link io.renshe.catalog.application.Application}
 * with its number and one {@link io.renshe.catalog.application.Task} per item for the item's unit. Each task runs on
 * two clocks (statutory 法定 and committed 承诺) over the jurisdiction's working-day calendar; a return for missing
 * materials (补正) stops them, the resubmission restarts them, and every due date that moved says why
 * ({@link io.renshe.catalog.application.DueChange}). Every state change is kept with who and when
 * ({@link io.renshe.catalog.application.HistoryEntry}).
 * <p>
 * Personal data (the applicant's ID and phone numbers, name and address) is never logged; an
 * {@link io.renshe.catalog.application.Applicant}'s {@code toString()} is masked, and
 * {@link io.renshe.catalog.application.Application#maskedView()} gives the view for anybody but the applicant and the
 * handling office. The service never puts personal data in an exception message.
 * <p>
 * Every type here is an immutable value that serializes with Jackson as it is (dates {@code yyyy-MM-dd}, instants
 * ISO-8601); the rules of the HTTP API are in the repository's {@code docs/applications.md}.
 */
@Export
@Version("1.0.0")
package io.renshe.catalog.application;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
