package org.sanctuarytracker.source;

import java.util.List;

import org.sanctuarytracker.editing.DeletePage;
import org.sanctuarytracker.editing.RecordEditing;
import org.sanctuarytracker.editing.StandaloneEditor;
import org.sanctuarytracker.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Serves the editors' source forms: add, edit, delete a source nothing cites, addressed
 * by its id ({@code /sources/new}, {@code /sources/7/edit}, {@code /sources/7/delete}).
 */
@Controller
@RequestMapping("/sources")
class SourceEditController extends StandaloneEditor<Source, SourceForm> {

	private final SourceService sources;

	SourceEditController(SourceService sources, RecordEditing editing) {
		super(sources, editing);
		this.sources = sources;
	}

	@Override
	protected long idOf(String key) {
		try {
			return this.sources.get(Long.parseLong(key)).getId();
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("source", key);
		}
	}

	@Override
	protected List<DeletePage.Blocker> deleteBlockers(Source source) {
		long citations = this.sources.citationCount(source.getId());
		// The source's own page lists every fact that cites it.
		return (citations > 0) ? List.of(new DeletePage.Blocker("delete.blocker.citations", citations,
				DeletePage.Link.toList("/sources/" + source.getId(), "delete.see.citations"))) : List.of();
	}

	@Override
	protected String keyOf(Source source) {
		return String.valueOf(source.getId());
	}

	@Override
	protected String afterDelete(Source source) {
		return "/";
	}

}
