package org.sanctuarytracker.api;

import org.sanctuarytracker.system.BadRequestException;
import org.springframework.web.bind.annotation.BindParam;

/**
 * What every API list takes besides its filters: a page by number or the rows after an
 * id, a page size, {@code updated_since} and {@code as_of}, as they stand in the URL (the
 * OpenAPI document describes them, {@link ApiSchemas}). Checked here, once.
 */
record ListRequest(Integer page, Integer size, Long after, @BindParam("updated_since") String updatedSince,
		@BindParam("as_of") String asOf) {

	/** The page number, from 1; a 400 when out of range or given with {@code after}. */
	int pageNumber() {
		int number = (this.page != null) ? this.page : 1;
		if (number < 1 || number > 100000) {
			throw new BadRequestException("api.page.invalid", number);
		}
		if (this.after != null && this.page != null) {
			throw new BadRequestException("api.after.withPage");
		}
		return number;
	}

	/**
	 * Rows per page, {@link ApiController#DEFAULT_SIZE} unless given; a 400 when out of
	 * range.
	 */
	int pageSize() {
		int rows = (this.size != null) ? this.size : ApiController.DEFAULT_SIZE;
		if (rows < 1 || rows > ApiController.MAX_SIZE) {
			throw new BadRequestException("api.size.invalid", rows, ApiController.MAX_SIZE);
		}
		return rows;
	}

	/**
	 * The id the page starts after, or null for a page by number; a 400 when negative.
	 */
	Long afterId() {
		if (this.after != null && this.after < 0) {
			throw new BadRequestException("api.after.invalid", this.after);
		}
		return this.after;
	}

}
