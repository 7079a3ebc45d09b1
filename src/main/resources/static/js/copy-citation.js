// "Cite this" (fragments/facts.html): shows the copy button, which copies the citation's text. Without this
// script, or where the browser allows no clipboard, the citation stays text to select: nothing else depends on it.
(function () {
	'use strict';
	document.querySelectorAll('button.copy-citation').forEach(function (button) {
		var citation = document.getElementById(button.getAttribute('data-copy'));
		var status = button.parentNode.querySelector('.copy-status');
		if (!citation || !navigator.clipboard) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			navigator.clipboard.writeText(citation.textContent.trim()).then(function () {
				status.textContent = button.getAttribute('data-copied');
			}, function () {
				// Refused (an insecure page, a denied permission): select it for the reader instead.
				window.getSelection().selectAllChildren(citation);
				status.textContent = button.getAttribute('data-failed');
			});
		});
	});
}());
