package org.sanctuarytracker.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.AsOf;
import org.sanctuarytracker.system.PastView;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/**
 * Sets a page up to show the record as it stood at a moment, the same way everywhere (a
 * profile, the jurisdiction list, the map, search): the snapshot the moment resolves to,
 * as the exports resolve it, named in the response's headers, and the page's banner, date
 * and links ({@link PastView}). A handler asks for it with an {@link AsOf} snapshot
 * parameter ({@link AsOfResolver}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PastPages {

	private final Snapshots snapshots;

	/**
	 * The snapshot of the moment the page's {@code as_of} gave, the page set to show it.
	 * @param asOf the parameter as given, which the page's links carry
	 */
	public Snapshot show(PointInTime moment, String asOf, ModelMap model, HttpServletRequest request,
			HttpServletResponse response) {
		Snapshot snapshot = this.snapshots.asOf(moment);
		snapshot.addHeadersTo(response);
		model.addAttribute(PastView.ATTRIBUTE, PastView.of(asOf, snapshot.instant(), snapshot.revision(), request));
		return snapshot;
	}

}
