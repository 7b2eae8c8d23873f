/* Cum thi dua: small behaviours, no inline scripts (the pages work without them too). */
(function () {
	'use strict';

	// Buttons or forms with data-confirm ask before submitting.
	document.addEventListener('submit', function (event) {
		var button = event.submitter;
		var text = (button && button.dataset.confirm) || event.target.dataset.confirm;
		if (text && !window.confirm(text)) {
			event.preventDefault();
		}
	});

	// Print buttons.
	document.querySelectorAll('[data-print]').forEach(function (button) {
		button.addEventListener('click', function () {
			window.print();
		});
	});

	// Live subtotals and totals of a points grid (report editor, self-assessment).
	function parse(value) {
		var text = (value || '').trim().replace(',', '.');
		if (!/^\d+(\.\d+)?$/.test(text)) {
			return 0;
		}
		return parseFloat(text);
	}

	function format(number, locale) {
		return number.toLocaleString(locale, { maximumFractionDigits: 2 });
	}

	function recompute(form) {
		var locale = document.documentElement.lang || 'vi';
		var groups = {};
		var totals = {};
		form.querySelectorAll('input.points-input').forEach(function (input) {
			var district = input.dataset.district;
			var key = district + '_' + input.dataset.group;
			var points = parse(input.value);
			groups[key] = (groups[key] || 0) + points;
			totals[district] = (totals[district] || 0) + (input.dataset.kind === 'PENALTY' ? -points : points);
		});
		Object.keys(groups).forEach(function (key) {
			var cell = form.querySelector('[data-subtotal="' + key + '"]');
			if (cell) {
				cell.textContent = format(groups[key], locale);
			}
		});
		Object.keys(totals).forEach(function (district) {
			var cell = form.querySelector('[data-total="' + district + '"]');
			if (cell) {
				cell.textContent = format(totals[district], locale);
			}
		});
	}

	document.querySelectorAll('form[data-points-form]').forEach(function (form) {
		// after a refused save the inputs hold what was typed, not what was saved
		recompute(form);
		form.addEventListener('input', function (event) {
			if (event.target.classList.contains('points-input')) {
				recompute(form);
			}
		});
	});
})();
