// Measures a spoken rehearsal from its samples, in the browser: speaking time and silence,
// pauses longer than two seconds, the longest stretch between them, and an estimate of the
// speaking rate from syllable nuclei (peaks of loudness, each set apart from the one before by
// a dip). No audio leaves the page: only these numbers do, and only when the user saves.

const HOP_SECONDS = 0.01;         // one loudness value every 10 ms
const WINDOW_SECONDS = 0.04;      // over 40 ms of sound
const SILENCE_BELOW_PEAK_DB = 25; // quieter than the loud speech by this much is silence
const GAP_SECONDS = 0.3;          // a silence this long is not speaking time (a breath, a gap)
const PAUSE_SECONDS = 2;   // a silence longer than this is a pause
const DIP_DB = 2;                 // two syllable peaks need a dip this deep between them
// Words in English carry about one and a half syllables; the spread of that ratio between
// speakers and texts is why the words-a-minute figure is a range.
const SYLLABLES_PER_WORD = 1.5;
const SYLLABLES_PER_WORD_LOW = 1.3;
const SYLLABLES_PER_WORD_HIGH = 1.75;

/** Loudness in dB of each 10 ms step, over a 40 ms window. */
function loudness(samples, sampleRate) {
  const hop = Math.max(1, Math.round(sampleRate * HOP_SECONDS));
  const window = Math.max(hop, Math.round(sampleRate * WINDOW_SECONDS));
  const frames = Math.max(0, Math.floor((samples.length - window) / hop) + 1);
  const db = new Float64Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let i = f * hop, end = i + window; i < end; i++) {
      sum += samples[i] * samples[i];
    }
    db[f] = 10 * Math.log10(sum / window + 1e-12);
  }
  return db;
}

function quantile(values, q) {
  const sorted = Array.from(values).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
}

/** Stretches of silence as [startFrame, endFrame) of at least minFrames. */
function silences(db, threshold, minFrames) {
  const runs = [];
  let start = -1;
  for (let f = 0; f <= db.length; f++) {
    const silent = f < db.length && db[f] < threshold;
    if (silent && start < 0) {
      start = f;
    } else if (!silent && start >= 0) {
      if (f - start >= minFrames) {
        runs.push([start, f]);
      }
      start = -1;
    }
  }
  return runs;
}

/** Syllable nuclei: loudness peaks above the threshold, each after a dip from the last one. */
function syllablePeaks(db, threshold) {
  const peaks = [];
  let lowest = Infinity;
  for (let f = 1; f < db.length - 1; f++) {
    lowest = Math.min(lowest, db[f]);
    const isPeak = db[f] >= db[f - 1] && db[f] > db[f + 1] && db[f] >= threshold;
    if (!isPeak) {
      continue;
    }
    const last = peaks.length ? db[peaks[peaks.length - 1]] : -Infinity;
    if (db[f] - lowest >= DIP_DB && last - lowest >= DIP_DB) {
      peaks.push(f);
      lowest = db[f];
    } else if (db[f] > last) {
      // no real dip since the last peak: the same syllable, louder here
      if (peaks.length) {
        peaks[peaks.length - 1] = f;
      } else {
        peaks.push(f);
      }
      lowest = db[f];
    }
  }
  return peaks;
}

/**
 * Measures mono samples (-1..1). Times are in milliseconds from the first sample. Leading and
 * trailing silence is neither a pause nor speaking time.
 */
export function measure(samples, sampleRate) {
  const db = loudness(samples, sampleRate);
  const durationMs = Math.round(samples.length / sampleRate * 1000);
  const frameMs = HOP_SECONDS * 1000;
  const loud = quantile(db, 0.99);
  const threshold = loud - SILENCE_BELOW_PEAK_DB;
  const speechFrames = [];
  db.forEach((v, f) => { if (v >= threshold) speechFrames.push(f); });
  if (!speechFrames.length || loud < -70) {
    return { durationMs, speakingMs: 0, silenceMs: durationMs, pauses: [], longestRunMs: 0,
      syllables: 0, wpm: 0, wpmLow: 0, wpmHigh: 0 };
  }
  const first = speechFrames[0];
  const last = speechFrames[speechFrames.length - 1] + 1;
  const inner = db.subarray(first, last);
  const gaps = silences(inner, threshold, Math.round(GAP_SECONDS / HOP_SECONDS));
  const pauseRuns = gaps.filter(([s, e]) => (e - s) * HOP_SECONDS > PAUSE_SECONDS);
  const gapFrames = gaps.reduce((sum, [s, e]) => sum + (e - s), 0);
  const pauseFrames = pauseRuns.reduce((sum, [s, e]) => sum + (e - s), 0);
  const speakingMs = Math.round((last - first - gapFrames) * frameMs);
  const pauses = pauseRuns.map(([s, e]) => ({ atMs: Math.round((first + s) * frameMs), lengthMs: Math.round((e - s) * frameMs) }));
  let longest = 0;
  let runStart = first;
  for (const [s, e] of pauseRuns) {
    longest = Math.max(longest, first + s - runStart);
    runStart = first + e;
  }
  longest = Math.max(longest, last - runStart);
  const syllables = syllablePeaks(inner, threshold).length;
  // The pace while talking: time spent in pauses does not slow it down.
  const talkingSeconds = Math.max(0.001, (last - first - pauseFrames) * HOP_SECONDS);
  const syllablesPerSecond = syllables / talkingSeconds;
  const wpm = (perWord) => Math.round(syllablesPerSecond * 60 / perWord);
  return {
    durationMs,
    speakingMs,
    silenceMs: durationMs - speakingMs,
    pauses,
    longestRunMs: Math.round(longest * frameMs),
    syllables,
    wpm: wpm(SYLLABLES_PER_WORD),
    wpmLow: wpm(SYLLABLES_PER_WORD_HIGH),
    wpmHigh: wpm(SYLLABLES_PER_WORD_LOW),
  };
}
