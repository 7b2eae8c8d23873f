/* Cum thi dua: small behaviours, no inline scripts (the pages work without them too). */
(function () {
	'use strict';

	// A button with data-check-required first checks the form's fields marked
	// data-required-submit (each says its own message), before any confirmation: a person
	// is never asked "send it?" for a form that will be refused for an empty field.
	function missingRequired(form) {
		var first = null;
		form.querySelectorAll('[data-required-submit]').forEach(function (field) {
			var empty = !field.value || !field.value.trim();
			var message = document.getElementById(field.id + '-required');
			field.classList.toggle('is-invalid', empty || field.classList.contains('is-invalid') && !message);
			if (message) {
				message.hidden = !empty;
				message.classList.toggle('d-block', empty);
			}
			if (empty) {
				field.setAttribute('aria-invalid', 'true');
				first = first || field;
			}
		});
		return first;
	}

	// Buttons or forms with data-confirm ask before submitting.
	document.addEventListener('submit', function (event) {
		var button = event.submitter;
		if (button && button.hasAttribute('data-check-required')) {
			var missing = missingRequired(event.target);
			if (missing) {
				event.preventDefault();
				missing.focus();
				return;
			}
		}
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
			var unit = input.dataset.unit;
			// a criteria group's rows: its id, and the sign of its kind (CriterionKind.sign:
			// penalties are deducted)
			var group = input.closest('tbody[data-group]');
			var key = unit + '_' + group.dataset.group;
			var points = parse(input.value);
			groups[key] = (groups[key] || 0) + points;
			totals[unit] = (totals[unit] || 0) + Number(group.dataset.sign) * points;
		});
		Object.keys(groups).forEach(function (key) {
			form.querySelectorAll('[data-subtotal="' + key + '"]').forEach(function (cell) {
				cell.textContent = format(groups[key], locale);
			});
		});
		Object.keys(totals).forEach(function (unit) {
			form.querySelectorAll('[data-total="' + unit + '"]').forEach(function (cell) {
				cell.textContent = format(totals[unit], locale);
			});
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

	// Shown on the page: not in a hidden panel nor in a closed <details> (whose content newer
	// browsers lay out but do not show).
	function shown(el) {
		if (el.checkVisibility) {
			return el.checkVisibility();
		}
		return el.offsetParent !== null && !(el.closest('details:not([open])') && !el.closest('summary'));
	}

	// Big forms (data-guard): Enter in a field moves to the next field instead of
	// submitting the whole form, and leaving the page with unsaved changes asks first.
	function fieldsOf(form) {
		return Array.prototype.filter.call(document.querySelectorAll('input, select, textarea'), function (el) {
			return (el.form === form) && !el.disabled && el.type !== 'hidden' && !el.readOnly && shown(el);
		});
	}

	document.querySelectorAll('form[data-guard]').forEach(function (form) {
		// a page shown again after a refusal holds values that are not saved yet
		var dirty = form.querySelector('.is-invalid, [role=alert]') !== null
			|| document.querySelector('[form="' + form.id + '"].is-invalid') !== null;
		var markDirty = function (event) {
			if (event.target.form === form) {
				dirty = true;
			}
		};
		document.addEventListener('input', markDirty);
		document.addEventListener('change', markDirty);
		form.addEventListener('submit', function (event) {
			if (!event.defaultPrevented) {
				dirty = false;
			}
		});
		window.addEventListener('beforeunload', function (event) {
			if (dirty) {
				event.preventDefault();
				event.returnValue = '';
			}
		});
		document.addEventListener('keydown', function (event) {
			var target = event.target;
			if (event.key !== 'Enter' || target.form !== form || event.isComposing) {
				return;
			}
			if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON' || target.type === 'submit'
					|| target.type === 'file') {
				return;
			}
			event.preventDefault();
			var next = form.hasAttribute('data-points-form') ? nextPoints(form, target, event.shiftKey) : null;
			if (!next) {
				var fields = fieldsOf(form);
				next = fields[fields.indexOf(target) + (event.shiftKey ? -1 : 1)];
			}
			var go = function (field) {
				if (field) {
					field.focus();
					if (field.select && field.tagName === 'INPUT') {
						field.select();
					}
				}
			};
			if (next && next.then) {
				next.then(go);
			} else {
				go(next);
			}
		});
	});

	// Points forms: Enter goes from one points field to the next (skipping notes), and on from
	// the last of a unit to the first of the next unit's panel.
	function nextPoints(form, target, backwards) {
		var all = Array.prototype.slice.call(form.querySelectorAll('input.points-input:not([readonly])'));
		var at = all.indexOf(target);
		if (at < 0 && target.classList.contains('note-input')) {
			var row = target.closest('tr');
			var own = row && row.querySelector('input.points-input');
			at = all.indexOf(own);
			if (backwards) {
				return own;
			}
		}
		if (at < 0) {
			return null;
		}
		if (!backwards && target.classList.contains('points-input')) {
			var note = noteNeeded(target);
			if (note) {
				return note;
			}
		}
		var next = all[at + (backwards ? -1 : 1)];
		// the last field of a unit (the first, going back): on to the next (previous)
		// unit's panel, fetched first if its rows are not on the page yet
		var panel = target.closest('.unit-panel');
		var following = panel ? (backwards ? panel.previousElementSibling : panel.nextElementSibling) : null;
		if (following && following.classList.contains('unit-panel') && following.dataset.src
				&& (!next || next.closest('.unit-panel') !== panel)) {
			// the focus stays in the field until that unit's rows are there
			return loadPanel(following).then(function () {
				var tabs = document.querySelector('[data-unit-tabs]');
				if (tabs) {
					showPanel(tabs, following.dataset.panel);
				}
				var fields = following.querySelectorAll('input.points-input:not([readonly])');
				return fields[backwards ? fields.length - 1 : 0] || null;
			});
		}
		if (next) {
			showPanelOf(next);
		}
		return next || null;
	}

	// The self-assessed points of a row (the leader's editor), or null.
	function selfPoints(input) {
		var cell = input.closest('tr') && input.closest('tr').querySelector('.self-cell');
		var text = cell ? cell.textContent.trim() : '';
		return /^\d+([.,]\d+)?$/.test(text) ? text : null;
	}

	// The note of a row whose points differ from the self-assessment while the note is
	// empty: opened and returned (the server asks for a reason there), else null.
	function noteNeeded(input) {
		var self = selfPoints(input);
		var row = input.closest('tr');
		var details = row && row.querySelector('details.note');
		var note = details && details.querySelector('.note-input');
		if (self === null || !note || note.readOnly || note.value.trim() || !input.value.trim()
				|| parse(input.value) === parse(self)) {
			return null;
		}
		details.open = true;
		return note;
	}

	// Alt+G in a points field opens its row's note ("Ghi chú"); Escape in an empty note goes
	// back to its points. The notes' toggles are out of the Tab path (a note needed is
	// opened where the points are typed).
	document.addEventListener('keydown', function (event) {
		var target = event.target;
		if (event.altKey && (event.key === 'g' || event.key === 'G') && target.classList
				&& target.classList.contains('points-input')) {
			var details = target.closest('tr').querySelector('details.note');
			if (details) {
				event.preventDefault();
				details.open = true;
				details.querySelector('.note-input').focus();
			}
		}
		else if (event.key === 'Escape' && target.classList && target.classList.contains('note-input')
				&& !target.value.trim()) {
			var own = target.closest('tr').querySelector('input.points-input');
			target.closest('details').open = false;
			if (own) {
				own.focus();
			}
		}
		else if (event.altKey && (event.key === 'l' || event.key === 'L') && target.closest
				&& target.closest('.unit-panel')) {
			var panel = target.closest('.unit-panel');
			if (panel.querySelector('[data-copy-self]')) {
				event.preventDefault();
				copySelf(panel);
			}
		}
	});

	// "Lấy điểm tự chấm": the unit's self-assessed points into its empty points fields
	// (what the leader typed stays), then the first field of the unit to review from.
	function copySelf(panel) {
		return loadPanel(panel).then(function () {
			var first = null;
			panel.querySelectorAll('input.points-input:not([readonly])').forEach(function (input) {
				var self = selfPoints(input);
				if (self !== null && !input.value.trim()) {
					input.value = self;
					input.dispatchEvent(new Event('input', { bubbles: true }));
				}
				first = first || input;
			});
			if (first) {
				first.focus();
				first.select();
			}
		});
	}

	document.querySelectorAll('[data-copy-self]').forEach(function (button) {
		button.classList.remove('d-none');
		button.addEventListener('click', function () {
			copySelf(button.closest('.unit-panel'));
		});
	});

	// A unit's rows not on the page yet (data-src): fetched once, put into its panel inside
	// the form, so they are sent with the others from then on.
	function loadPanel(panel) {
		if (!panel.dataset.src) {
			return Promise.resolve(panel);
		}
		if (!panel.loading) {
			var pending = panel.querySelector('.panel-pending');
			if (pending) {
				pending.querySelector('p').textContent = pending.dataset.loading;
			}
			panel.setAttribute('aria-busy', 'true');
			panel.loading = fetch(panel.dataset.src, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
				.then(function (response) {
					// a session that has ended is sent to the login page: not rows
					if (!response.ok || response.redirected) {
						throw new Error(response.status);
					}
					return response.text();
				})
				.then(function (html) {
					var template = document.createElement('template');
					template.innerHTML = html.trim();
					if (pending) {
						pending.remove();
					}
					panel.appendChild(template.content);
					panel.removeAttribute('data-src');
					panel.removeAttribute('aria-busy');
					var form = panel.closest('form');
					if (form) {
						recompute(form);
					}
					return panel;
				})
				.catch(function () {
					panel.removeAttribute('aria-busy');
					panel.loading = null;
					if (pending) {
						pending.querySelector('p').textContent = pending.dataset.failed;
					}
					return panel;
				});
		}
		return panel.loading;
	}

	// Unit panels as tabs (one unit at a time, a switcher with each live total); without
	// this script they follow one another.
	function showPanel(tabs, id) {
		tabs.querySelectorAll('[role=tab]').forEach(function (tab) {
			var selected = tab.dataset.panel === String(id);
			tab.setAttribute('aria-selected', selected);
			tab.tabIndex = selected ? 0 : -1;
			var panel = document.getElementById('panel-' + tab.dataset.panel);
			if (panel) {
				panel.hidden = !selected;
				if (selected) {
					loadPanel(panel);
				}
			}
		});
		// a save comes back to the unit shown
		document.querySelectorAll('[data-panel-shown]').forEach(function (input) {
			input.value = String(id);
		});
	}

	function showPanelOf(element) {
		var panel = element && element.closest('.unit-panel.tab-panel');
		var tabs = document.querySelector('[data-unit-tabs]');
		if (panel && tabs && panel.hidden) {
			showPanel(tabs, panel.dataset.panel);
		}
	}

	document.querySelectorAll('[data-unit-tabs]').forEach(function (tabs) {
		tabs.classList.remove('d-none');
		document.querySelectorAll('.unit-panel.tab-panel').forEach(function (panel) {
			panel.classList.add('with-tabs');
		});
		var first = tabs.querySelector('[role=tab][aria-selected=true]') || tabs.querySelector('[role=tab]');
		showPanel(tabs, first.dataset.panel);
		tabs.addEventListener('click', function (event) {
			var tab = event.target.closest('[role=tab]');
			if (tab) {
				showPanel(tabs, tab.dataset.panel);
			}
		});
		tabs.addEventListener('keydown', function (event) {
			var list = Array.prototype.slice.call(tabs.querySelectorAll('[role=tab]'));
			var at = list.indexOf(document.activeElement);
			var to = null;
			if (event.key === 'ArrowRight' || event.key === 'ArrowDown') { to = list[(at + 1) % list.length]; }
			if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') { to = list[(at - 1 + list.length) % list.length]; }
			if (event.key === 'Home') { to = list[0]; }
			if (event.key === 'End') { to = list[list.length - 1]; }
			if (to) {
				event.preventDefault();
				showPanel(tabs, to.dataset.panel);
				to.focus();
			}
		});
	});

	// The list of refused fields: each line leads to its field, in its unit's panel.
	document.querySelectorAll('#problems a[href^="#"]').forEach(function (link) {
		link.addEventListener('click', function (event) {
			var field = document.getElementById(link.getAttribute('href').substring(1));
			if (field) {
				event.preventDefault();
				showPanelOf(field);
				var details = field.closest('details');
				if (details) {
					details.open = true;
				}
				field.focus();
			}
		});
	});

	// A points form keeps the place across a save: the unit shown and the field last
	// used come back after the page reloads; a refused save puts the list of problems first.
	document.querySelectorAll('form[data-keep-place]').forEach(function (form) {
		var key = 'thidua-place:' + location.pathname;
		var last = null;
		// the place is the points field or note last written in: passing a field with Tab, an
		// upload or a save button is not
		form.addEventListener('input', function (event) {
			var target = event.target;
			if (target.id && (target.classList.contains('points-input') || target.classList.contains('note-input')
					|| target.tagName === 'TEXTAREA')) {
				last = target.id;
			}
		});
		form.addEventListener('submit', function () {
			try {
				sessionStorage.setItem(key, JSON.stringify({ field: last }));
			} catch (e) { /* private mode: the place is not kept */ }
		});
		var problems = document.getElementById('problems');
		var saved = null;
		try {
			saved = JSON.parse(sessionStorage.getItem(key) || 'null');
			sessionStorage.removeItem(key);
		} catch (e) { saved = null; }
		var restore = function () {
			var field = document.getElementById(saved.field);
			if (field) {
				showPanelOf(field);
				field.focus();
				field.scrollIntoView({ block: 'center' });
			}
		};
		if (problems) {
			problems.focus();
		} else if (saved && saved.field && !location.hash) {
			restore();
		} else if (saved && saved.field && location.hash === '#evidence') {
			// after an upload the place in the grid comes back too, once the browser has gone to
			// the fragment (which takes the focus away)
			window.addEventListener('load', function () {
				setTimeout(restore, 0);
			});
		}
	});

	// Nothing sticky covers the field being filled in.
	document.addEventListener('focusin', function (event) {
		var bar = document.querySelector('.sticky-actions');
		var target = event.target;
		if (!bar || !target.getBoundingClientRect || !bar.contains || bar.contains(target)) {
			return;
		}
		var rect = target.getBoundingClientRect();
		var limit = window.innerHeight - bar.getBoundingClientRect().height - 8;
		if (rect.bottom > limit || rect.top < 0) {
			target.scrollIntoView({ block: 'center' });
		}
	});

	// Evidence files over the limit are refused before sending (the server says the same
	// for browsers without this script); the file choice is cleared so the draft still saves.
	document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
		var message = input.parentNode.querySelector('[data-size-error]');
		var name = input.parentNode.querySelector('.file-name');
		input.addEventListener('change', function () {
			var file = input.files && input.files[0];
			var tooLarge = file && file.size > Number(input.dataset.maxBytes);
			if (tooLarge) {
				input.value = '';
			}
			if (name) {
				name.textContent = (file && !tooLarge) ? file.name : name.dataset.empty;
			}
			input.classList.toggle('is-invalid', !!tooLarge);
			if (message) {
				message.hidden = !tooLarge;
				message.classList.toggle('d-block', !!tooLarge);
			}
		});
	});

	// Dates are typed dd/mm/yyyy in every browser; a button beside each date field opens a
	// calendar (flatpickr, Vietnamese on Vietnamese pages) for those who prefer to pick. The
	// calendar works on a hidden field of its own and only writes a picked date into the text
	// field: what a person typed is never rewritten (not even an impossible date, which the
	// server refuses with a message).
	function typedDate(text) {
		var match = /^\s*(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})\s*$/.exec(text || '');
		if (!match) {
			return null;
		}
		var date = new Date(Number(match[3]), Number(match[2]) - 1, Number(match[1]));
		return (date.getDate() === Number(match[1]) && date.getMonth() === Number(match[2]) - 1) ? date : null;
	}

	// a calendar drawn in SVG (an emoji needs a font that offices often lack)
	function calendarIcon() {
		var ns = 'http://www.w3.org/2000/svg';
		var svg = document.createElementNS(ns, 'svg');
		svg.setAttribute('viewBox', '0 0 16 16');
		svg.setAttribute('aria-hidden', 'true');
		svg.setAttribute('focusable', 'false');
		var path = document.createElementNS(ns, 'path');
		path.setAttribute('fill', 'currentColor');
		path.setAttribute('d', 'M4 0a.5.5 0 0 1 .5.5V1h7V.5a.5.5 0 0 1 1 0V1h1A1.5 1.5 0 0 1 15 2.5v12A1.5 1.5 0 0 1 '
			+ '13.5 16h-11A1.5 1.5 0 0 1 1 14.5v-12A1.5 1.5 0 0 1 2.5 1h1V.5A.5.5 0 0 1 4 0zM2 5v9.5a.5.5 0 0 0 .5.5h11a.5.5 '
			+ '0 0 0 .5-.5V5H2zm2 2h2v2H4V7zm3 0h2v2H7V7zm3 0h2v2h-2V7zm-6 3h2v2H4v-2zm3 0h2v2H7v-2z');
		svg.appendChild(path);
		return svg;
	}

	// the calendar's year as a list beside its month list: a 2014 date is two clicks away,
	// not twelve years of arrows
	function yearSelect(instance) {
		var wrapper = instance.calendarContainer.querySelector('.numInputWrapper');
		if (!wrapper) {
			return;
		}
		var select = instance.calendarContainer.querySelector('select.date-year');
		if (!select) {
			select = document.createElement('select');
			select.className = 'date-year flatpickr-monthDropdown-months';
			select.setAttribute('aria-label', document.body.dataset.dateYearLabel || 'Năm');
			select.addEventListener('change', function () {
				instance.changeYear(Number(select.value));
			});
			wrapper.parentNode.insertBefore(select, wrapper);
			wrapper.style.display = 'none';
		}
		var current = instance.currentYear;
		var from = Math.min(current, new Date().getFullYear()) - 15;
		var to = Math.max(current, new Date().getFullYear()) + 5;
		select.innerHTML = '';
		for (var y = from; y <= to; y++) {
			var option = document.createElement('option');
			option.value = y;
			option.textContent = y;
			option.selected = y === current;
			select.appendChild(option);
		}
	}

	if (window.flatpickr) {
		var vietnamese = document.documentElement.lang === 'vi';
		document.querySelectorAll('input[data-date]').forEach(function (input) {
			var group = document.createElement('div');
			group.className = 'input-group flex-nowrap has-validation date-group'
				+ (input.classList.contains('form-control-sm') ? ' input-group-sm' : '');
			var feedback = input.nextElementSibling;
			input.parentNode.insertBefore(group, input);
			group.appendChild(input);
			var button = document.createElement('button');
			button.type = 'button';
			button.className = 'btn btn-outline-secondary date-button';
			button.setAttribute('aria-label', document.body.dataset.datePicker + ' – ' + (input.labels && input.labels[0]
				? input.labels[0].textContent.trim() : (input.getAttribute('aria-label') || '')));
			button.appendChild(calendarIcon());
			group.appendChild(button);
			var proxy = document.createElement('input');
			proxy.type = 'hidden';
			proxy.className = 'date-proxy';
			proxy.tabIndex = -1;
			proxy.setAttribute('aria-hidden', 'true');
			group.appendChild(proxy);
			// the field's message goes below the field and its button, never beside them
			// (inside the group it would squeeze the field to a sliver)
			if (feedback && feedback.classList.contains('invalid-feedback')) {
				group.parentNode.insertBefore(feedback, group.nextSibling);
				feedback.classList.toggle('d-block', input.classList.contains('is-invalid'));
			}
			var picker = window.flatpickr(proxy, {
				clickOpens: false,
				dateFormat: 'd/m/Y',
				positionElement: input,
				locale: vietnamese && window.flatpickr.l10ns.vn ? window.flatpickr.l10ns.vn : 'default',
				disableMobile: true,
				monthSelectorType: 'dropdown',
				onReady: function (dates, text, instance) { yearSelect(instance); },
				onYearChange: function (dates, text, instance) { yearSelect(instance); },
				onOpen: function (dates, text, instance) { yearSelect(instance); },
				onChange: function (dates, text) {
					if (dates.length) {
						input.value = text;
						input.dispatchEvent(new Event('input', { bubbles: true }));
						input.dispatchEvent(new Event('change', { bubbles: true }));
					}
				},
				onClose: function () { input.focus(); }
			});
			button.addEventListener('click', function () {
				// on the typed date; else on the typed year, or the year the page works on
				var typed = typedDate(input.value);
				if (typed) {
					picker.setDate(typed, false);
					picker.jumpToDate(typed);
				}
				else {
					picker.clear(false);
					var year = /(\d{4})\s*$/.exec(input.value || '');
					var workYear = input.dataset.dateYear || (input.form && input.form.dataset.dateYear)
						|| document.body.dataset.dateYear;
					var y = year ? Number(year[1]) : (workYear ? Number(workYear) : null);
					if (y) {
						var today = new Date();
						picker.jumpToDate(new Date(y, (y === today.getFullYear()) ? today.getMonth() : 0, 1));
					}
				}
				picker.open();
			});
		});
	}
})();
