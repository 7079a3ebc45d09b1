package org.sanctuarytracker.dataimport;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The upload limit, read where Boot keeps it
 * ({@code spring.servlet.multipart.max-file-size}, {@link MultipartProperties}): for the
 * pages that mention it (the import form, and the 413 page the servlet container answers
 * with when a file is larger, before any controller runs) and for the pending uploads,
 * which refuse a larger stream.
 */
@ControllerAdvice
class UploadLimit {

	private final DataSize limit;

	UploadLimit(MultipartProperties multipart) {
		this.limit = multipart.getMaxFileSize();
	}

	long bytes() {
		return this.limit.toBytes();
	}

	@ModelAttribute("uploadLimitMegabytes")
	long megabytes() {
		return this.limit.toMegabytes();
	}

}
