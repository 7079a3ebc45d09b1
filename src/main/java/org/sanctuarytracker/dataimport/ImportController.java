package org.sanctuarytracker.dataimport;

import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Serves the editors' import: upload a CSV, see the dry run, then commit it with an edit
 * summary. The uploaded file waits in the database between the two steps
 * (PendingUploads); the editor's session holds only its token.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportController {

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	static final String FORM_VIEW = "import/form";

	static final String PREVIEW_VIEW = "import/preview";

	private static final String PENDING = "pendingImport";

	private final ImportService imports;

	private final PendingUploads uploads;

	private final MessageSource messages;

	private final UploadLimit limit;

	/**
	 * What the session keeps of a dry run: a few short strings (sessions may be stored
	 * serialized), never the file.
	 */
	record PendingImport(String token, String table, String fileName) implements Serializable {
	}

	@GetMapping("/import")
	String form(Model model) {
		return formView(model, null);
	}

	/** A table's template: its header row, to fill in and upload. */
	@GetMapping("/import/templates/{file:[a-z_]+\\.csv}")
	ResponseEntity<String> template(@PathVariable String file) {
		ImportService.TableTemplate template = this.imports.template(file.substring(0, file.length() - 4));
		if (template == null) {
			throw new NotFoundException("import template", file);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(template.table() + "-template.csv").build().toString())
			.body(template.csv());
	}

	@PostMapping("/import")
	ModelAndView dryRun(@RequestParam(defaultValue = "") String table,
			@RequestParam(required = false) MultipartFile file, Model model, HttpSession session, Principal editor)
			throws IOException {
		if (file == null || file.isEmpty()) {
			boolean chosen = file != null && file.getOriginalFilename() != null
					&& !file.getOriginalFilename().isBlank();
			return new ModelAndView(formView(model, message(chosen ? "import.file.empty" : "import.file.missing")),
					HttpStatus.BAD_REQUEST);
		}
		try {
			// The container keeps the upload in a temporary file, read here twice as a
			// stream: once for the dry run, once into the pending uploads.
			ImportPreview preview = this.imports.dryRun(table, file);
			String token = this.uploads.store(editor.getName(), table, file.getOriginalFilename(), file);
			if (session.getAttribute(PENDING) instanceof PendingImport previous) {
				this.uploads.delete(previous.token());
			}
			PendingImport pending = new PendingImport(token, table, file.getOriginalFilename());
			session.setAttribute(PENDING, pending);
			return new ModelAndView(previewView(model, preview, pending, null));
		}
		catch (ImportSlots.ImportsBusy busy) {
			return new ModelAndView(formView(model, message("import.busy")), HttpStatus.SERVICE_UNAVAILABLE);
		}
		catch (FileProblem problem) {
			return new ModelAndView(formView(model, message(problem)), HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/import/commit")
	ModelAndView commit(@RequestParam String token, @RequestParam(required = false) String editSummary, Model model,
			HttpSession session, Principal editor, RedirectAttributes redirect) {
		// The token must be this session's, and its upload this editor's and not expired.
		Optional<PendingUploads.Upload> found = (session.getAttribute(PENDING) instanceof PendingImport held
				&& held.token().equals(token)) ? this.uploads.find(token, editor.getName()) : Optional.empty();
		if (found.isEmpty()) {
			return new ModelAndView(formView(model, message("import.expired")), HttpStatus.CONFLICT);
		}
		PendingImport pending = (PendingImport) session.getAttribute(PENDING);
		PendingUploads.Upload upload = found.get();
		if (editSummary == null || editSummary.isBlank()) {
			return new ModelAndView(previewView(model, this.imports.dryRun(upload.table(), upload), pending,
					message("edit.summary.required")), HttpStatus.BAD_REQUEST);
		}
		try {
			ImportPreview result = this.imports.commit(upload.table(), upload, editSummary);
			if (!result.canCommit()) {
				// The data changed since the dry run and some rows no longer fit: nothing
				// was written.
				return new ModelAndView(previewView(model, result, pending, message("import.rejectedAtCommit")),
						HttpStatus.CONFLICT);
			}
			session.removeAttribute(PENDING);
			this.uploads.delete(token);
			redirect.addFlashAttribute("message", "import.done");
			redirect.addFlashAttribute("messageArgument", result.created() + " / " + result.updated());
			return new ModelAndView("redirect:/changes");
		}
		catch (FileProblem problem) {
			return new ModelAndView(formView(model, message(problem)), HttpStatus.BAD_REQUEST);
		}
		catch (ImportSlots.ImportsBusy busy) {
			return new ModelAndView(formView(model, message("import.busy")), HttpStatus.SERVICE_UNAVAILABLE);
		}
		catch (DataAccessException ex) {
			// The rows passed every check the dry run makes, so the rule the database
			// named (a slug taken meanwhile, ...) is worth an operator's look.
			log.warn("The database refused an import of {}: {}", upload.table(),
					ex.getMostSpecificCause().getMessage());
			return new ModelAndView(previewView(model, this.imports.dryRun(upload.table(), upload), pending,
					message("import.refusedByDatabase")), HttpStatus.CONFLICT);
		}
	}

	private String formView(Model model, String error) {
		model.addAttribute("tables", this.imports.tables());
		model.addAttribute("templates", this.imports.templates());
		model.addAttribute("maxSize", this.limit.megabytes());
		model.addAttribute("error", error);
		return FORM_VIEW;
	}

	private String previewView(Model model, ImportPreview preview, PendingImport pending, String error) {
		model.addAttribute("preview", preview);
		model.addAttribute("token", pending.token());
		model.addAttribute("fileName", pending.fileName());
		model.addAttribute("error", error);
		return PREVIEW_VIEW;
	}

	private String message(FileProblem problem) {
		return this.messages.getMessage(problem.getKey(), problem.getArguments(), LocaleContextHolder.getLocale());
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
