import { editorEn } from '../editor/messages/en.js';
import { adminEn } from '../admin/messages/en.js';
import { reviewEn } from '../review/messages/en.js';
import { indicatorsEn } from '../indicators/messages/en.js';
import { versionsEn } from '../versions/messages/en.js';
import { wordImportEn } from '../wordImport/messages/en.js';
import { readerEn } from '../reader/messages/en.js';
import { workflowEn } from '../workflow/messages/en.js';
import { searchEn } from '../search/messages/en.js';
import type { Dictionary } from './vi.js';

/** English: typed by the Vietnamese keys, so a missing or extra key fails the typecheck. */
export const en: Dictionary = {
  ...editorEn,
  ...reviewEn,
  ...workflowEn,
  ...adminEn,
  ...indicatorsEn,
  ...versionsEn,
  ...searchEn,
  ...wordImportEn,
  ...readerEn,
  'app.name': 'PlanFold',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.retry': 'Try again',
  'app.notFound': 'This page was not found.',
  'app.backHome': 'Back to start',
  'app.loadFailed': 'Could not load data: {message}',
  'app.networkError': 'Cannot reach the server.',

  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'header.user': 'Signed-in user',
  'header.logout': 'Log out',
  'header.loggingOut': 'Logging out…',

  'role.editor': 'Drafting officer',
  'role.consultant': 'Consultant',
  'role.coordinator': 'Coordinator',
  'role.leader': 'Steering Committee',
  'role.admin': 'System administrator',

  'login.title': 'Sign in',
  'login.intro': 'Provincial plan drafting system. Sign in with the account you were given.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.invalid': 'Wrong username or password',
  'login.rateLimited': 'Too many failed sign-ins. Please try again in {seconds} seconds.',
  'login.rateLimitedMinutes': 'Too many failed sign-ins. Please try again in {minutes} minutes.',
  'login.rateLimitedNoTime': 'Too many failed sign-ins. Please try again in a few minutes.',
  'login.failed': 'Could not sign in: {message}',
  'login.required': 'Please enter your username and password.',

  'origin.title': 'PlanFold does not accept this address',
  'origin.refused':
    'The PlanFold server refuses requests sent from {origin}: you cannot sign in or edit from this address.',
  'origin.useAllowed':
    'Open PlanFold at the address your administrator gave you (the server prints it when it starts).',
  'origin.howToAllow':
    'An administrator can allow this address: add {origin} to the server’s PUBLIC_ORIGIN environment variable (addresses separated by commas), then restart the server.',

  'plans.title': 'Plans',
  'plans.empty': 'There are no plans yet.',
  'plans.showArchived': 'Show archived plans too',
  'plans.archivedMark': 'Archived',
  'plans.archivedBanner': 'This plan is archived: it can be read, not changed.',
  'plans.period': 'Period {start}–{end}, with a vision to {vision}',

  'plan.outline': 'Plan outline',
  'plan.toc': 'Contents',
  'plan.live': 'Live updates',
  'plan.liveOff': 'No live updates yet',
  'plan.col.number': 'No.',
  'plan.col.title': 'Section',
  'plan.col.owner': 'Lead agency',
  'plan.col.status': 'Status',
  'plan.col.due': 'Due',
  'plan.locked': 'Locked',
  'plan.sectionCount': '{count} sections',
  'plan.sectionNotFound': 'This section is not part of the plan.',
  'plan.backToOutline': 'Back to the outline',

  'section.emptyWriter':
    'This section is empty. Write about “{title}” in the box below; {agency} leads the writing of this section.',
  'section.emptyReader':
    'This section has no text yet. {agency} leads the writing of this section on “{title}”.',
  'section.owner': 'Lead: {agency}',
  'section.status': 'Status',
  'section.due': 'Due: {date}',
  'section.synthesis': 'Synthesis section',

  'readonly.notOwner': 'This section is led by {agency}',
  'readonly.locked': 'Locked by {byName} ({agency}) on {date}.',
  'readonly.lockNote': 'Note: {note}',
  'readonly.status': 'The section is in status {status}: it cannot be edited yet',
  'readonly.role': 'Your role may only read and comment',
  'readonly.other': 'You cannot edit this section.',

  'toolbar.label': 'Text formatting',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.underline': 'Underline',
  'toolbar.h2': 'Heading level 2',
  'toolbar.h3': 'Heading level 3',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.orderedList': 'Numbered list',
  'toolbar.link': 'Insert or edit link',
  'toolbar.linkPrompt':
    'Link address (http://, https:// or mailto:). Leave empty to remove the link.',
  'toolbar.linkInvalid': 'Invalid link: only http://, https:// or mailto: addresses are allowed',
  'toolbar.insertTable': 'Insert table',
  'toolbar.deleteRow': 'Delete row',
  'toolbar.deleteColumn': 'Delete column',

  'editor.label': 'Text of section {number}',
  'editor.reloading': 'Reloading the text from the server…',

  'connection.label': 'Connection status',
  'connection.connecting': 'Connecting…',
  'connection.saved': 'Saved',
  'connection.saving': 'Saving…',
  'connection.offline': 'Offline — changes will be sent when the network is back',
  'connection.notFound': 'The server does not have this section.',
  'connection.restarting': 'The server is restarting — reconnecting, no change is lost',

  'presence.title': 'In this section',
  'presence.empty': 'Nobody yet.',
  'presence.you': '(you)',
  'presence.tabs': '{count} windows',

  'refusal.locked':
    'Your changes were not saved because the section was locked. The unsent draft is kept below.',
  'refusal.notOwner':
    'Your changes were not saved because another agency leads this section. The unsent draft is kept below.',
  'refusal.status':
    'Your changes were not saved because the section status does not allow editing. The unsent draft is kept below.',
  'refusal.role':
    'Your changes were not saved because your role may only read and comment. The unsent draft is kept below.',
  'refusal.other': 'Your changes were not accepted by the server. The unsent draft is kept below.',
  'refusal.tooDeep':
    'Your changes were not saved because the content nests too many levels deep (quotes in quotes, lists in lists…). The unsent draft is kept below.',
  'refusal.quarantined':
    'This section is held read-only because the server cannot process its stored content, until an administrator repairs it. The unsent draft is kept below.',
  'refusal.archived':
    'Your change was not saved because this plan is archived (read-only). The unsent draft is kept below.',
  'refusal.incomplete':
    'Your changes build on content the server does not have, so they were not saved. The unsent draft is kept below.',
  'refusal.dismiss': 'Understood',

  'drafts.title': 'Unsent drafts',
  'drafts.private': 'Kept on this computer only; nobody else can see them.',
  'drafts.savedAt': 'Saved at {time}',
  'drafts.copy': 'Copy',
  'drafts.copied': 'Copied',
  'drafts.copyFailed': 'Could not copy',
  'drafts.delete': 'Delete',
  'drafts.deleteLabel': 'Delete the draft saved at {time}',
  'drafts.copyLabel': 'Copy the draft saved at {time}',
  'drafts.empty': '(empty draft)',
};
