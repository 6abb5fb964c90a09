// Tells the server the browser's time zone (cookie tz), so dates on later pages are shown in
// local time, rendered on the server. Without script, dates stay in UTC and say so.
(function () {
  'use strict';
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var value = encodeURIComponent(zone || '');
    if (value && document.cookie.split('; ').indexOf('tz=' + value) < 0) {
      document.cookie = 'tz=' + value + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (e) { /* an old browser keeps UTC */ }
}());
