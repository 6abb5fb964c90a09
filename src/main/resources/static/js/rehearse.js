// The rehearsal page: records the microphone in the page, keeps the cue-card timeline, measures
// the recording here (rehearse-measure.js) and sends only the numbers, and only on Save.
import { measure } from './rehearse-measure.js';

const page = document.getElementById('rehearse');
const text = page.dataset;
const $ = (id) => document.getElementById(id);
const format = (template, ...args) => args.reduce((s, a, i) => s.replace('{' + i + '}', a), template);
const clock = (ms) => {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
};
const cards = Array.from(document.querySelectorAll('.cue-card'));
const state = $('rec-state');

let recorder = null;
let stream = null;
let audio = null;
let startedAt = 0;
let ticker = 0;
let marks = [];        // [{ section, atMs }]: when each card came up
let current = 0;
let measured = null;   // what the last recording measured, sent on Save

function say(message) {
  state.textContent = message;
}

function showCard(index) {
  current = index;
  cards.forEach((card, i) => {
    card.classList.toggle('current', i === index);
    if (i === index) {
      card.setAttribute('aria-current', 'step');
    } else {
      card.removeAttribute('aria-current');
    }
  });
  if (cards[index]) {
    $('card-position').textContent = format(text.position, index + 1, cards.length) + ': ' + cards[index].dataset.title;
  }
}

function elapsed() {
  return performance.now() - startedAt;
}

function nextCard() {
  if (!recorder || current >= cards.length - 1) {
    return;
  }
  showCard(current + 1);
  marks.push({ section: cards[current].dataset.section, atMs: Math.round(elapsed()) });
  recognitionLabel();
  $('next-card').disabled = current >= cards.length - 1;
}

function tick(analyser, buffer) {
  const ms = elapsed();
  $('timer').textContent = clock(ms);
  const seconds = ms / 1000;
  $('target-bar').value = Math.min(seconds, Number(text.targetMax));
  $('target-state').textContent = seconds < Number(text.targetMin) ? text.under
    : seconds <= Number(text.targetMax) ? text.in : text.over;
  analyser.getFloatTimeDomainData(buffer);
  let sum = 0;
  for (const v of buffer) sum += v * v;
  $('level').value = Math.min(1, Math.sqrt(sum / buffer.length) * 4);
}

async function start() {
  if (!navigator.mediaDevices || !window.MediaRecorder) {
    say(text.stateUnsupported);
    return;
  }
  say(text.stateAsking);
  try {
    // No echo cancelling or noise suppression: they would change the pauses being measured.
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
  } catch (err) {
    say(format(text.stateDenied, err.message || err.name));
    return;
  }
  audio = new AudioContext();
  const analyser = audio.createAnalyser();
  analyser.fftSize = 2048;
  audio.createMediaStreamSource(stream).connect(analyser);
  const buffer = new Float32Array(analyser.fftSize);
  const chunks = [];
  recorder = new MediaRecorder(stream);
  recorder.addEventListener('dataavailable', (e) => { if (e.data.size) chunks.push(e.data); });
  recorder.addEventListener('stop', () => finished(new Blob(chunks, { type: recorder.mimeType })));
  recorder.start();
  startedAt = performance.now();
  showCard(0);
  marks = cards.length ? [{ section: cards[0].dataset.section, atMs: 0 }] : [];
  measured = null;
  $('results').hidden = true;
  $('start').disabled = true;
  $('stop').disabled = false;
  $('next-card').disabled = cards.length < 2;
  $('stop').focus();
  say(text.stateRecording);
  ticker = setInterval(() => tick(analyser, buffer), 100);
}

function stop() {
  if (!recorder) {
    return;
  }
  clearInterval(ticker);
  say(text.stateMeasuring);
  recorder.stop();
  stream.getTracks().forEach((t) => t.stop());
  $('stop').disabled = true;
  $('next-card').disabled = true;
  stopRecognition();
}

/** The card on screen at a moment of the recording. */
function sectionAt(ms) {
  let section = null;
  for (const mark of marks) {
    if (mark.atMs <= ms) section = mark.section;
  }
  return section;
}

async function finished(blob) {
  const context = audio;
  const url = URL.createObjectURL(blob);
  $('playback').src = url;
  $('download').href = url;
  recorder = null;
  $('start').disabled = false;
  let decoded;
  try {
    decoded = await context.decodeAudioData(await blob.arrayBuffer());
  } catch (err) {
    say(format(text.stateMeasureFailed, err.message || err.name));
    return;
  } finally {
    context.close();
  }
  const result = measure(decoded.getChannelData(0), decoded.sampleRate);
  const sections = {};
  marks.forEach((mark, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].atMs : result.durationMs;
    sections[mark.section] = (sections[mark.section] || 0) + Math.max(0, Math.min(end, result.durationMs) - Math.min(mark.atMs, result.durationMs));
  });
  result.pauses.forEach((p) => { p.section = sectionAt(p.atMs); });
  measured = { ...result, sections };
  show(measured);
  say(text.stateDone);
}

function row(tbody, cells) {
  const tr = document.createElement('tr');
  cells.forEach((c) => {
    const td = document.createElement('td');
    td.textContent = c;
    tr.appendChild(td);
  });
  tbody.appendChild(tr);
}

function titleOf(section) {
  const card = cards.find((c) => c.dataset.section === section);
  return card ? card.dataset.title : '';
}

function show(m) {
  const percent = (part) => (m.durationMs ? Math.round(100 * part / m.durationMs) : 0) + '%';
  $('r-duration').textContent = clock(m.durationMs);
  $('r-speaking').textContent = clock(m.speakingMs) + ' (' + percent(m.speakingMs) + ')';
  $('r-silence').textContent = clock(m.silenceMs) + ' (' + percent(m.silenceMs) + ')';
  $('r-pauses').textContent = String(m.pauses.length);
  $('r-longest').textContent = clock(m.longestRunMs);
  $('r-pace').textContent = format(text.pace, m.wpm, m.wpmLow, m.wpmHigh);
  const pauses = $('pause-table').tBodies[0];
  pauses.replaceChildren();
  m.pauses.forEach((p) => row(pauses, [clock(p.atMs), (p.lengthMs / 1000).toFixed(1) + ' s', titleOf(p.section)]));
  const shares = $('share-table').tBodies[0];
  shares.replaceChildren();
  const total = Object.values(m.sections).reduce((a, b) => a + b, 0);
  Object.entries(m.sections).forEach(([section, ms]) => {
    row(shares, [titleOf(section), clock(ms), (total ? Math.round(100 * ms / total) : 0) + '%']);
    const card = cards.find((c) => c.dataset.section === section);
    if (card) card.querySelector('.card-time').textContent = clock(ms);
  });
  $('results').dataset.measures = JSON.stringify(m);
  $('results').hidden = false;
}

async function save() {
  if (!measured) {
    return;
  }
  const body = {
    storyId: Number(text.story),
    durationMs: measured.durationMs,
    speakingMs: measured.speakingMs,
    longestRunMs: measured.longestRunMs,
    syllables: measured.syllables,
    wpm: measured.wpm,
    wpmLow: measured.wpmLow,
    wpmHigh: measured.wpmHigh,
    pauses: measured.pauses.map((p) => ({ atMs: p.atMs, lengthMs: p.lengthMs, section: p.section })),
    sections: measured.sections,
    transcript: $('transcript').value,
  };
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) headers[header.content] = token.content;
  say(text.stateSaving);
  $('save').disabled = true;
  const error = $('save-error');
  try {
    const response = await fetch(text.save, { method: 'POST', headers, body: JSON.stringify(body) });
    const answer = await response.json().catch(() => ({}));
    if (response.status === 201) {
      window.location.assign(answer.url);
      return;
    }
    error.textContent = format(text.stateSaveFailed, answer.detail || response.status);
  } catch (err) {
    error.textContent = format(text.stateSaveFailed, err.message);
  }
  error.hidden = false;
  say(error.textContent);
  $('save').disabled = false;
}

// Optional transcription by the browser's own speech recognition, where it has one.
const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
let recognition = null;

function recognitionLabel() {
  if (recognition && cards[current]) {
    const box = $('transcript');
    box.value += (box.value && !box.value.endsWith('\n') ? '\n\n' : '') + cards[current].dataset.title + ':\n';
  }
}

function stopRecognition() {
  if (recognition) {
    recognition.stop();
    recognition = null;
    $('recognize').setAttribute('aria-pressed', 'false');
    $('recognize').textContent = text.recognitionStart;
  }
}

function toggleRecognition() {
  if (recognition) {
    stopRecognition();
    return;
  }
  recognition = new Recognition();
  recognition.continuous = true;
  recognition.interimResults = false;
  recognition.lang = document.documentElement.lang || 'en';
  recognition.addEventListener('result', (e) => {
    for (let i = e.resultIndex; i < e.results.length; i++) {
      if (e.results[i].isFinal) {
        const box = $('transcript');
        box.value += (box.value && !/\s$/.test(box.value) ? ' ' : '') + e.results[i][0].transcript.trim();
      }
    }
  });
  recognition.addEventListener('end', () => { if (recognition && recorder) recognition.start(); });
  recognition.start();
  recognitionLabel();
  $('recognize').setAttribute('aria-pressed', 'true');
  $('recognize').textContent = text.recognitionStop;
}

if (Recognition) {
  $('recognize').hidden = false;
  $('recognition-note').hidden = false;
  $('recognize').addEventListener('click', toggleRecognition);
}

$('start').addEventListener('click', start);
$('stop').addEventListener('click', stop);
$('next-card').addEventListener('click', nextCard);
$('save').addEventListener('click', save);
$('toggle-text').addEventListener('click', (e) => {
  const full = e.currentTarget.getAttribute('aria-pressed') !== 'true';
  e.currentTarget.setAttribute('aria-pressed', String(full));
  e.currentTarget.textContent = full ? text.showCues : text.showFull;
  document.querySelectorAll('.cue-card .full-text').forEach((p) => { p.hidden = !full; });
  document.querySelectorAll('.cue-card .cues').forEach((ul) => { ul.hidden = full; });
});
document.addEventListener('keydown', (e) => {
  const typing = e.target.closest && e.target.closest('textarea, input, select');
  if (!typing && (e.key === 'n' || e.key === 'N') && !e.ctrlKey && !e.metaKey && !e.altKey) {
    nextCard();
  }
});
