package org.sanctuarytracker.dataimport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The upload limit, for the pages that mention it: the import form, and the 413 page the
 * servlet container answers with when a file is larger (before any controller runs).
 */
@ControllerAdvice
class UploadLimit {

	private final long megabytes;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
		this.megabytes = limit.toMegabytes();
	}

	@ModelAttribute("uploadLimitMegabytes")
	long uploadLimitMegabytes() {
		return this.megabytes;
	}

}
