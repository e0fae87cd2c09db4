// Polish for the admin texts Strapi 5.54 ships in English only (its pl.json lacks them) that
// editors meet: the media library's banner and search, screens that fail to load, the session's
// end, the content manager's tab link. Merged over Strapi's own Polish by `config.translations`.
export const polishAdminTexts: Readonly<Record<string, string>> = {
  "app.components.MediaLibraryBanner.intro": "Biblioteka multimediów ",
  "app.components.MediaLibraryBanner.text":
    "Pliki ośrodka dodajesz tu tak jak dotąd; zmiany wersji biblioteki wprowadza administrator.",
  "app.components.MediaLibraryBanner.text.enabled": "Używasz nowej wersji biblioteki.",
  "app.components.MediaLibraryBanner.button": "Dokumentacja (po angielsku)",
  "app.components.MediaLibraryBanner.button.enabled": "Opis zmian (po angielsku)",
  "app.components.MediaLibraryBanner.close": "Zamknij komunikat",
  "app.error.chunk.title": "Nie udało się wczytać tego ekranu",
  "app.error.chunk.message":
    "Panel nie wczytał ekranu. Zdarza się to, gdy serwer właśnie się uruchamia albo przerwano połączenie. Odśwież stronę.",
  "app.error.chunk.reload": "Odśwież stronę",
  "app.session.ended.title": "Sesja wygasła",
  "app.session.ended.unsaved":
    "Sesja wygasła i nie można jej wznowić. Niezapisane zmiany przepadną po wylogowaniu.",
  "global.sessions.active-devices": "Aktywne urządzenia",
  "global.search": "Szukaj",
  // The search boxes of the content manager's side menu and list view.
  "search.placeholder": "Szukaj",
  "components.Blocks.blocks.unorderedList": "Lista punktowana",
  "components.Blocks.blocks.orderedList": "Lista numerowana",
  "content-manager.actions.open-in-new-tab.label": "Otwórz w nowej karcie",
  "content-manager.components.DynamicZone.unknown-component": "Nieznany komponent",
  "content-manager.permissions.not-allowed.locale":
    "Nie masz uprawnień do treści w wybranym języku",
  "upload.header.search.placeholder": "Szukaj",
  "upload.header.search-results": "Wyniki wyszukiwania „{query}”",
  "upload.list.empty.title": "Nie ma jeszcze plików",
  "upload.list.search.empty.title": "Nic nie znaleziono",
  "upload.list.search.empty.clear": "Wyczyść wyszukiwanie",
  "upload.list.filters.trigger": "Filtruj",
  "upload.list.filters.clear": "Wyczyść filtry",
  "upload.list.assets.actions.delete": "Usuń",
  "upload.folder.rename.title": "Zmień nazwę folderu",
  "upload.folder.rename.submit": "Zapisz",
  "upload.control-card.more-actions": "Więcej działań",
  "mops.build-status.title": "Publikacja na stronie",
};
