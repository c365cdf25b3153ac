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

export function UndoIcon() {
  return (
    <svg {...common}>
      <path d="M7 5 3.5 8.5 7 12" />
      <path d="M3.5 8.5h8a4.5 4.5 0 0 1 0 9H9" />
    </svg>
  );
}

export function RedoIcon() {
  return (
    <svg {...common}>
      <path d="m13 5 3.5 3.5L13 12" />
      <path d="M16.5 8.5h-8a4.5 4.5 0 0 0 0 9H11" />
    </svg>
  );
}

/** Four text lines whose ends show the alignment. */
export function AlignIcon({ align }: { align: 'left' | 'center' | 'right' | 'justify' }) {
  const short = { left: 'M3 8h9M3 16h9', center: 'M5.5 8h9M5.5 16h9', right: 'M8 8h9M8 16h9' };
  return (
    <svg {...common}>
      <path d={`M3 4h14M3 12h14${align === 'justify' ? 'M3 8h14M3 16h14' : ''}`} />
      {align !== 'justify' && <path d={short[align]} />}
    </svg>
  );
}

export function QuoteIcon() {
  return (
    <svg {...common}>
      <path d="M4 4v12M8 6h9M8 10h9M8 14h6" />
    </svg>
  );
}

export function RuleIcon() {
  return (
    <svg {...common}>
      <path d="M2.5 10h15" />
      <path d="M5 5.5h10M5 14.5h10" strokeOpacity="0.45" />
    </svg>
  );
}

export function PageBreakIcon() {
  return (
    <svg {...common}>
      <path d="M5 2.5v5h10v-5M5 17.5v-5h10v5" />
      <path d="M2.5 10h2M7 10h2M11 10h2M15.5 10h2" />
    </svg>
  );
}

export function TableIcon() {
  return (
    <svg {...common}>
      <rect x="2.5" y="3.5" width="15" height="13" rx="1" />
      <path d="M2.5 8h15M2.5 12.3h15M7.5 3.5v13M12.5 3.5v13" />
    </svg>
  );
}

export function ImageIcon() {
  return (
    <svg {...common}>
      <rect x="2.5" y="3.5" width="15" height="13" rx="1" />
      <circle cx="7" cy="8" r="1.5" />
      <path d="m3 15 4.5-4.5 3 3 2.5-2.5 4.5 4.5" />
    </svg>
  );
}

export function SearchIcon() {
  return (
    <svg {...common}>
      <circle cx="8.5" cy="8.5" r="5" />
      <path d="m12.5 12.5 5 5" />
    </svg>
  );
}
