const nbDate = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** «23. november 2026» */
export const formatDate = (date: Date) => nbDate.format(date);
/** 2026-11-23, for <time datetime> */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
