/** Toolbar icons: decorative, the button carries the accessible name. */
const common = {
  viewBox: '0 0 20 20',
  width: 18,
  height: 18,
  'aria-hidden': true,
  focusable: false,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round',
} as const;

export function BulletListIcon() {
  return (
    <svg {...common}>
      <circle cx="4" cy="5" r="1.2" fill="currentColor" stroke="none" />
      <circle cx="4" cy="10" r="1.2" fill="currentColor" stroke="none" />
      <circle cx="4" cy="15" r="1.2" fill="currentColor" stroke="none" />
      <path d="M8 5h9M8 10h9M8 15h9" />
    </svg>
  );
}

export function OrderedListIcon() {
  return (
    <svg {...common}>
      <path d="M3 3.5h1.5v4M3 7.5h3M8 5h9M8 10h9M8 15h9" />
      <path d="M3 12.5h2.5l-2.5 3h2.7" />
    </svg>
  );
}

export function LinkIcon() {
  return (
    <svg {...common}>
      <path d="M8.5 11.5a3.2 3.2 0 0 0 4.5 0l2.7-2.7a3.2 3.2 0 0 0-4.5-4.5l-1 1" />
      <path d="M11.5 8.5a3.2 3.2 0 0 0-4.5 0l-2.7 2.7a3.2 3.2 0 0 0 4.5 4.5l1-1" />
    </svg>
  );
}
