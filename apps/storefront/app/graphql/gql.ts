/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProductCard on Product {\n    id\n    title\n    fair\n    fairSeal\n    ecological\n    ecologicalSeal\n    smallAndPrecious\n    price {\n      formatted(locale: $locale)\n    }\n    unitPrice {\n      per\n      price {\n        formatted(locale: $locale)\n      }\n    }\n    images {\n      url\n      srcset\n    }\n  }\n": typeof types.ProductCardFragmentDoc,
    "\n  fragment ProvenanceTimeline on ProvenanceSummary {\n    traceable\n    stepCount\n    lotCount\n    transportKm\n    completeness\n    attestedSteps\n    certifiedSteps\n    lot {\n      code\n      custodyModel\n    }\n    origin {\n      occurredAt\n      place {\n        name\n        country\n      }\n      actor {\n        name\n      }\n    }\n    certificates {\n      recordId\n      certifier\n      standard\n      certificateId\n      validTo\n      status\n    }\n    steps {\n      id\n      kind\n      occurredAt\n      description\n      correctedByRecordId\n      place {\n        name\n        country\n        latitude\n        longitude\n      }\n      actor {\n        name\n      }\n      transport {\n        mode\n        distanceKm\n        from {\n          name\n          latitude\n          longitude\n        }\n      }\n      certificates {\n        recordId\n        standard\n        status\n      }\n      attestations {\n        id\n        valid\n        statement\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProvenanceTimelineFragmentDoc,
    "\n  fragment SellerRatings on SellerRatingSummary {\n    count\n    positiveShare\n    latestComments {\n      rating\n      comment\n      createdAt\n    }\n  }\n": typeof types.SellerRatingsFragmentDoc,
    "\n  mutation MergeCart($cartToken: String!) {\n    mergeCart(cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": typeof types.MergeCartDocument,
    "\n  query CheckoutCart($cartToken: String, $locale: String!) {\n    countries {\n      code\n    }\n    me {\n      id\n      email\n      displayName\n    }\n    cart(cartToken: $cartToken) {\n      itemCount\n      destinationCountry\n      contactEmail\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shippingTotal {\n        formatted(locale: $locale)\n      }\n      total {\n        formatted(locale: $locale)\n      }\n      groups {\n        sellerId\n        sellerName\n        deliveryZone\n        shippingMethod\n        delivery {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        pickup {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          quantity\n          problem\n          lineTotal {\n            formatted(locale: $locale)\n          }\n          product {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.CheckoutCartDocument,
    "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  mutation ClaimGuestCheckout($checkoutId: ID!, $accessToken: String!) {\n    claimGuestCheckout(checkoutId: $checkoutId, accessToken: $accessToken) {\n      id\n    }\n  }\n": typeof types.ClaimGuestCheckoutDocument,
    "\n  mutation ArrangeProductPhotos($productId: ID!, $input: ArrangePhotosInput!) {\n    arrangeProductPhotos(productId: $productId, input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeProductPhotosDocument,
    "\n  query StaffViewer {\n    me {\n      id\n      platformRole\n    }\n  }\n": typeof types.StaffViewerDocument,
    "\n  query CartCount($cartToken: String) {\n    cart(cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": typeof types.CartCountDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      platformRole\n      emailConfirmedAt\n      locale\n    }\n    unreadNotificationCount\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SetMailLanguage($locale: String!) {\n    setMailLanguage(input: { locale: $locale }) {\n      id\n    }\n  }\n": typeof types.SetMailLanguageDocument,
    "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n": typeof types.DevMailboxEnabledDocument,
    "\n  query AddressBook {\n    countries {\n      code\n    }\n    myAddresses {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n      phone\n      isDefault\n    }\n  }\n": typeof types.AddressBookDocument,
    "\n  mutation SaveAddress($input: AddressInput!) {\n    saveAddress(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveAddressDocument,
    "\n  mutation SetDefaultAddress($id: ID!) {\n    setDefaultAddress(id: $id) {\n      id\n    }\n  }\n": typeof types.SetDefaultAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteAddressDocument,
    "\n  query CartPage($cartToken: String, $locale: String!) {\n    countries {\n      code\n    }\n    cart(cartToken: $cartToken) {\n      itemCount\n      destinationCountry\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shippingTotal {\n        formatted(locale: $locale)\n      }\n      total {\n        formatted(locale: $locale)\n      }\n      groups {\n        sellerId\n        sellerName\n        shippingMethod\n        delivery {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        pickup {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          quantity\n          shipsToDestination\n          problem\n          lineTotal {\n            formatted(locale: $locale)\n          }\n          product {\n            id\n            title\n            stock\n            price {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CartPageDocument,
    "\n  mutation AddToCart($productId: ID!, $quantity: Int!, $cartToken: String) {\n    addToCart(productId: $productId, quantity: $quantity, cartToken: $cartToken) {\n      token\n      itemCount\n    }\n  }\n": typeof types.AddToCartDocument,
    "\n  mutation SetCartQuantity($productId: ID!, $quantity: Int!, $cartToken: String) {\n    setCartItemQuantity(productId: $productId, quantity: $quantity, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": typeof types.SetCartQuantityDocument,
    "\n  mutation SetCartDestination($country: String!, $cartToken: String) {\n    setCartDestination(country: $country, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": typeof types.SetCartDestinationDocument,
    "\n  mutation ChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {\n    chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": typeof types.ChooseShippingDocument,
    "\n  query CheckoutPage($id: ID!, $accessToken: String, $locale: String!) {\n    paymentConfig {\n      provider\n      publishableKey\n    }\n    me {\n      id\n    }\n    myCheckout(id: $id, accessToken: $accessToken) {\n      id\n      state\n      expiresAt\n      clientSecret\n      paymentError\n      total {\n        formatted(locale: $locale)\n      }\n      accessToken\n      orders {\n        id\n        number\n        state\n        buyerName\n        shippingMethod\n        deliveryAddress {\n          name\n          street\n          postalCode\n          city\n          country\n          phone\n        }\n        seller {\n          name\n          terms\n          withdrawalPolicy\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          id\n          title\n          quantity\n          gross {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": typeof types.CheckoutPageDocument,
    "\n  mutation PayOffline($checkoutId: ID!, $accessToken: String) {\n    payCheckoutOffline(checkoutId: $checkoutId, accessToken: $accessToken) {\n      state\n    }\n  }\n": typeof types.PayOfflineDocument,
    "\n  query CheckoutAddresses {\n    myAddresses {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n      phone\n      isDefault\n    }\n  }\n": typeof types.CheckoutAddressesDocument,
    "\n  mutation SetDeliveryAddress(\n    $cartToken: String\n    $addressId: ID\n    $address: PostalAddressInput\n    $email: String\n    $locale: String\n    $saveToAddressBook: Boolean\n  ) {\n    setDeliveryAddress(\n      cartToken: $cartToken\n      addressId: $addressId\n      address: $address\n      email: $email\n      locale: $locale\n      saveToAddressBook: $saveToAddressBook\n    ) {\n      itemCount\n    }\n  }\n": typeof types.SetDeliveryAddressDocument,
    "\n  mutation Checkout($idempotencyKey: String!, $cartToken: String) {\n    checkout(idempotencyKey: $idempotencyKey, cartToken: $cartToken) {\n      id\n      accessToken\n    }\n  }\n": typeof types.CheckoutDocument,
    "\n  mutation CheckoutChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {\n    chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": typeof types.CheckoutChooseShippingDocument,
    "\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input) {\n      id\n    }\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n": typeof types.ResendEmailConfirmationDocument,
    "\n  query MembershipTerms($locale: String!) {\n    membershipTerms {\n      sharePrice {\n        amount\n        formatted(locale: $locale)\n      }\n      minimums {\n        memberClass\n        shares\n      }\n      noticeDays\n    }\n  }\n": typeof types.MembershipTermsDocument,
    "\n  query MyMemberships($locale: String!) {\n    myMemberships {\n      id\n      number\n      memberClass\n      status\n      goodStanding\n      shares\n      leavesAt\n      capital {\n        formatted(locale: $locale)\n      }\n      purchases {\n        id\n        status\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      register {\n        id\n        movement\n        shares\n        counterpartyNumber\n        recordedAt\n      }\n      standingHistory {\n        toStatus\n        reason\n        createdAt\n      }\n    }\n    myNotifications {\n      id\n      kind\n      proposalId\n      proposalTitle\n      read\n      createdAt\n    }\n  }\n": typeof types.MyMembershipsDocument,
    "\n  mutation JoinCoop($input: JoinCoopInput!) {\n    joinCoop(input: $input) {\n      purchase {\n        id\n      }\n    }\n  }\n": typeof types.JoinCoopDocument,
    "\n  mutation PaySharesOffline($id: ID!) {\n    paySharesOffline(purchaseId: $id) {\n      member {\n        status\n      }\n    }\n  }\n": typeof types.PaySharesOfflineDocument,
    "\n  mutation GiveMembershipNotice($id: ID!) {\n    giveMembershipNotice(memberId: $id) {\n      status\n    }\n  }\n": typeof types.GiveMembershipNoticeDocument,
    "\n  mutation TransferShares($input: TransferSharesInput!, $locale: String!) {\n    transferShares(input: $input) {\n      shares\n      toMemberNumber\n      capital {\n        formatted(locale: $locale)\n      }\n    }\n  }\n": typeof types.TransferSharesDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query SellerOrders($organisationId: ID, $after: String, $locale: String!) {\n    sellerOrders(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          state\n          createdAt\n          buyerName\n          shippingMethod\n          deliveryAddress {\n            name\n            street\n            postalCode\n            city\n            country\n            phone\n          }\n          total {\n            formatted(locale: $locale)\n          }\n          refunded {\n            amount\n            formatted(locale: $locale)\n          }\n          fees {\n            platformFee {\n              formatted(locale: $locale)\n            }\n            fairFund {\n              formatted(locale: $locale)\n            }\n            sellerPayout {\n              formatted(locale: $locale)\n            }\n            payoutAfterRefunds {\n              formatted(locale: $locale)\n            }\n          }\n          lines {\n            id\n            title\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SellerOrdersDocument,
    "\n  query ProductEditPage($id: ID!, $locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n    product(id: $id) {\n      id\n      title\n      description\n      sku\n      categoryId\n      price {\n        amount\n        currency\n      }\n      vatRateBp\n      stock\n      condition\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      originCountry\n      originRegion\n      unitQuantity\n      unit\n      images {\n        id\n        url\n        srcset\n        alt\n      }\n      state\n    }\n  }\n": typeof types.ProductEditPageDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {\n    updateProduct(id: $id, input: $input) {\n      sellerId\n      sellerKind\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation ActivateProduct($id: ID!) {\n    activateProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n": typeof types.ActivateProductDocument,
    "\n  mutation CloseProduct($id: ID!) {\n    closeProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n": typeof types.CloseProductDocument,
    "\n  query ProductFormCategories($locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.ProductFormCategoriesDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  query ProvenanceLotPage($id: ID!, $organisationId: ID!) {\n    provenanceLot(id: $id) {\n      id\n      code\n      name\n      custodyModel\n      traceable\n      recordCount\n      custodianOrganisationId\n      custodian {\n        name\n      }\n      records(first: 100) {\n        edges {\n          node {\n            id\n            position\n            kind\n            occurredAt\n            description\n            actorOrganisationId\n            actor {\n              name\n            }\n            place {\n              name\n              country\n            }\n            certification {\n              standard\n              certificateId\n              status\n            }\n            attestations {\n              id\n              organisationId\n              valid\n              statement\n              organisation {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n    myProducts(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProvenanceLotPageDocument,
    "\n  mutation AppendProvenanceRecord($lotId: ID!, $input: AppendRecordInput!) {\n    appendProvenanceRecord(lotId: $lotId, input: $input) {\n      id\n    }\n  }\n": typeof types.AppendProvenanceRecordDocument,
    "\n  mutation AttestProvenanceRecord($recordId: ID!, $organisationId: ID!, $statement: String!) {\n    attestProvenanceRecord(recordId: $recordId, organisationId: $organisationId, statement: $statement) {\n      id\n    }\n  }\n": typeof types.AttestProvenanceRecordDocument,
    "\n  mutation LinkLotToProduct($lotId: ID!, $productId: ID!) {\n    linkLotToProduct(lotId: $lotId, productId: $productId) {\n      id\n    }\n  }\n": typeof types.LinkLotToProductDocument,
    "\n  query ProvenanceLotsPage($organisationId: ID!) {\n    provenanceLots(organisationId: $organisationId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          custodyModel\n          recordCount\n          traceable\n          custodian {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProvenanceLotsPageDocument,
    "\n  mutation CreateProvenanceLot($input: CreateLotInput!) {\n    createProvenanceLot(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProvenanceLotDocument,
    "\n  query ShippingPage($organisationId: ID) {\n    countries {\n      code\n    }\n    myShippingProfile(organisationId: $organisationId) {\n      originCountry\n      rates {\n        zone\n        itemPrice {\n          amount\n        }\n        combinedParcelPrice {\n          amount\n        }\n        combinedItemsPerParcel\n        freeShippingThreshold {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.ShippingPageDocument,
    "\n  mutation SetShippingProfile($input: ShippingProfileInput!) {\n    setShippingProfile(input: $input) {\n      sellerId\n    }\n  }\n": typeof types.SetShippingProfileDocument,
    "\n  query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {\n    seller(id: $sellerId, kind: $sellerKind) {\n      vacationMode\n    }\n    myProducts(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          stock\n          price {\n            formatted(locale: $locale)\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  mutation SetVacationMode($on: Boolean!, $organisationId: String) {\n    setVacationMode(on: $on, organisationId: $organisationId) {\n      vacationMode\n    }\n  }\n": typeof types.SetVacationModeDocument,
    "\n  query DevMailAttachment($id: ID!, $index: Int!) {\n    devMail(id: $id) {\n      attachments {\n        index\n        filename\n        contentType\n      }\n    }\n    devMailAttachment(id: $id, index: $index)\n  }\n": typeof types.DevMailAttachmentDocument,
    "\n  query DevMail($id: ID!) {\n    devMail(id: $id) {\n      id\n      from\n      to\n      subject\n      html\n      sentAt\n      attachments {\n        index\n        filename\n        size\n      }\n    }\n  }\n": typeof types.DevMailDocument,
    "\n  query DevMailbox {\n    devMailbox(first: 200) {\n      id\n      kind\n      to\n      subject\n      sentAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query DividendStatementPdf($allocationId: ID!, $memberId: ID!) {\n    dividendStatement(allocationId: $allocationId, memberId: $memberId) {\n      fiscalYear\n      pdfBase64\n    }\n  }\n": typeof types.DividendStatementPdfDocument,
    "\n  query MyMembershipIds {\n    myMemberships {\n      id\n      number\n      status\n      memberClass\n    }\n  }\n": typeof types.MyMembershipIdsDocument,
    "\n  query MemberDividends($memberId: ID!, $locale: String!) {\n    dividendPayoutChoice(memberId: $memberId) {\n      method\n      iban\n      accountHolder\n      chosen\n    }\n    dividendStatements(memberId: $memberId) {\n      allocationId\n      fiscalYear\n      state\n      line {\n        weight\n        classWeight\n        rounding\n        classPool {\n          formatted(locale: $locale)\n        }\n        amount {\n          formatted(locale: $locale)\n        }\n        payoutMethod\n      }\n    }\n  }\n": typeof types.MemberDividendsDocument,
    "\n  mutation SetDividendPayoutChoice($input: SetPayoutChoiceInput!) {\n    setDividendPayoutChoice(input: $input) {\n      method\n    }\n  }\n": typeof types.SetDividendPayoutChoiceDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query HomePage($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n    searchProducts(filter: { fair: true }, sort: NEWEST, first: 8) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query PackingSlip($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      createdAt\n      buyerName\n      shippingMethod\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      seller {\n        name\n      }\n      lines {\n        id\n        title\n        quantity\n        productId\n      }\n    }\n  }\n": typeof types.PackingSlipDocument,
    "\n  query OrderPage($id: ID!, $locale: String!) {\n    me {\n      id\n    }\n    order(id: $id) {\n      id\n      number\n      state\n      buyerId\n      checkoutId\n      createdAt\n      carrier\n      trackingCode\n      cancelReason\n      shippingMethod\n      buyerName\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      seller {\n        id\n        name\n        terms\n        withdrawalPolicy\n      }\n      lines {\n        id\n        title\n        quantity\n        unitPrice {\n          formatted(locale: $locale)\n        }\n        gross {\n          formatted(locale: $locale)\n        }\n      }\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shipping {\n        formatted(locale: $locale)\n      }\n      total {\n        currency\n        formatted(locale: $locale)\n      }\n      refunded {\n        amount\n        formatted(locale: $locale)\n      }\n      refundable {\n        amount\n        exponent\n        formatted(locale: $locale)\n      }\n      fees {\n        platformFee {\n          formatted(locale: $locale)\n        }\n        fairFund {\n          formatted(locale: $locale)\n        }\n        donation {\n          amount\n          formatted(locale: $locale)\n        }\n        vat {\n          formatted(locale: $locale)\n        }\n        sellerPayout {\n          formatted(locale: $locale)\n        }\n        payoutAfterRefunds {\n          formatted(locale: $locale)\n        }\n      }\n      refunds {\n        id\n        reason\n        note\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      rating {\n        rating\n        comment\n      }\n    }\n  }\n": typeof types.OrderPageDocument,
    "\n  mutation CancelOrder($id: ID!, $idempotencyKey: String!) {\n    cancelOrder(id: $id, idempotencyKey: $idempotencyKey) {\n      state\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation ConfirmDelivery($id: ID!) {\n    confirmDelivery(id: $id) {\n      state\n    }\n  }\n": typeof types.ConfirmDeliveryDocument,
    "\n  mutation RateSeller($id: ID!, $rating: SellerRatingValue!, $comment: String!) {\n    rateSeller(orderId: $id, rating: $rating, comment: $comment) {\n      rating\n    }\n  }\n": typeof types.RateSellerDocument,
    "\n  mutation MarkShipped($id: ID!, $carrier: String, $trackingCode: String) {\n    markOrderShipped(id: $id, carrier: $carrier, trackingCode: $trackingCode) {\n      state\n    }\n  }\n": typeof types.MarkShippedDocument,
    "\n  mutation RefundOrder($id: ID!, $input: RefundOrderInput!) {\n    refundOrder(id: $id, input: $input) {\n      state\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n  query MyOrders($after: String, $locale: String!) {\n    myOrders(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          state\n          createdAt\n          seller {\n            name\n          }\n          total {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query OrganisationLegalDetails($id: ID!) {\n    me {\n      id\n    }\n    organisation(id: $id) {\n      id\n      name\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      imprint\n      terms\n      withdrawalPolicy\n      payoutAccount\n      staff {\n        accountId\n        role\n      }\n    }\n  }\n": typeof types.OrganisationLegalDetailsDocument,
    "\n  mutation UpdateLegalDetails($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateLegalDetailsDocument,
    "\n  query OrganisationPage($id: ID!, $locale: String!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      isVerified\n      legalDetailsComplete\n      missingLegalDetails\n      verificationRefusalReason\n      staff {\n        accountId\n        role\n      }\n      donationsReceived {\n        amount\n        formatted(locale: $locale)\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query PolicyPage {\n    policyParameters {\n      key\n      type\n      value\n      defaultValue\n      description\n    }\n    policyHistory {\n      id\n      key\n      value\n      validFrom\n      reason\n      setByName\n      proposalId\n    }\n  }\n": typeof types.PolicyPageDocument,
    "\n  query ProductPage($id: ID!, $locale: String!) {\n    product(id: $id) {\n      id\n      title\n      description\n      condition\n      buyable\n      stock\n      originCountry\n      originRegion\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      category {\n        slug\n        name(locale: $locale)\n      }\n      images {\n        url\n        srcset\n        alt\n      }\n      price {\n        formatted(locale: $locale)\n      }\n      unitPrice {\n        per\n        price {\n          formatted(locale: $locale)\n        }\n      }\n      priceBreakdown {\n        gross {\n          ...BreakdownPart\n        }\n        producerShare {\n          ...BreakdownPart\n        }\n        fairFund {\n          ...BreakdownPart\n        }\n        platformFee {\n          ...BreakdownPart\n        }\n        donation {\n          ...BreakdownPart\n        }\n        vat {\n          ...BreakdownPart\n        }\n      }\n      donationOrganisation {\n        name\n      }\n      seller {\n        id\n        kind\n        name\n        verified\n        vacationMode\n        ratings {\n          ...SellerRatings\n        }\n      }\n      provenance {\n        ...ProvenanceTimeline\n      }\n    }\n  }\n  fragment BreakdownPart on Money {\n    amount\n    formatted(locale: $locale)\n  }\n": typeof types.ProductPageDocument,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n      number\n      title\n      kind\n      state\n      outcome\n      problemStatement\n      body\n      pollType\n      votingClosesAt\n      myReceipt\n      author {\n        memberId\n        name\n      }\n      options {\n        id\n        label\n      }\n      policyChanges {\n        key\n        value\n      }\n      thread {\n        id\n        parentId\n        authorName\n        memberClass\n        body\n        createdAt\n      }\n      amendments {\n        version\n        summary\n        changes {\n          field\n          lines {\n            op\n            text\n          }\n        }\n      }\n      deliberationStatus {\n        participants\n        classes\n        missing\n      }\n      participation {\n        electorate\n        ballotsCast\n      }\n      result {\n        outcome\n        reason\n        electorate\n        ballotsCast\n        abstentions\n        quorumNeeded\n        winner\n        blockReasons\n        weights {\n          memberClass\n          voters\n          ballotWeight\n        }\n        totals {\n          key\n          label\n          ballots\n          percent\n        }\n        rounds {\n          totals {\n            key\n            label\n            percent\n          }\n          eliminated\n          tieBreak\n        }\n      }\n      tasks {\n        id\n        title\n        dueOn\n        doneAt\n      }\n      reviews {\n        id\n        whatWorked\n        whatDidNot\n      }\n    }\n    me {\n      id\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n  query GuestProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n    }\n  }\n": typeof types.GuestProposalPageDocument,
    "\n  query MyMemberIds {\n    myMemberships {\n      id\n    }\n  }\n": typeof types.MyMemberIdsDocument,
    "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      state\n    }\n  }\n": typeof types.PublishProposalDocument,
    "\n  mutation PostInThread($input: PostInThreadInput!) {\n    postInThread(input: $input) {\n      id\n    }\n  }\n": typeof types.PostInThreadDocument,
    "\n  mutation OpenVoting($id: ID!) {\n    openVoting(id: $id) {\n      state\n    }\n  }\n": typeof types.OpenVotingDocument,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      version\n    }\n  }\n": typeof types.AmendProposalDocument,
    "\n  query ProposalParameters {\n    policyParameters {\n      key\n      type\n      value\n      description\n    }\n  }\n": typeof types.ProposalParametersDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  query Proposals($states: [ProposalState!]) {\n    proposals(states: $states) {\n      id\n      number\n      title\n      kind\n      state\n      outcome\n      votingClosesAt\n      author {\n        name\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {\n    categories {\n      slug\n      name(locale: $locale)\n    }\n    searchProducts(query: $query, filter: $filter, sort: $sort, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        fair {\n          value\n          count\n        }\n        ecological {\n          value\n          count\n        }\n        smallAndPrecious {\n          value\n          count\n        }\n        traceable {\n          value\n          count\n        }\n        condition {\n          value\n          count\n        }\n        originCountries {\n          value\n          count\n        }\n        priceBands {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {\n    seller(id: $id, kind: $kind) {\n      id\n      kind\n      name\n      verified\n      commercial\n      isNgo\n      vacationMode\n      ratings {\n        ...SellerRatings\n      }\n      products(first: 24, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...ProductCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.SellerPageDocument,
    "\n  query StaffAccounts($search: String) {\n    staffAccounts(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          platformRole\n          emailConfirmedAt\n          suspendedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n": typeof types.StaffAccountsDocument,
    "\n  mutation StaffSuspendAccount($id: ID!, $input: StaffReasonInput!) {\n    suspendAccount(id: $id, input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.StaffSuspendAccountDocument,
    "\n  mutation StaffReinstateAccount($id: ID!) {\n    reinstateAccount(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.StaffReinstateAccountDocument,
    "\n  query StaffAuditEvents($action: String, $subjectId: String, $after: String) {\n    auditEvents(action: $action, subjectId: $subjectId, after: $after, first: 50) {\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorAccountId\n          subjectType\n          subjectId\n          clientAddress\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffAuditEventsDocument,
    "\n  query StaffCategories($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n  }\n": typeof types.StaffCategoriesDocument,
    "\n  mutation StaffCreateCategory($input: CreateCategoryInput!, $locale: String!) {\n    createCategory(input: $input) {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.StaffCreateCategoryDocument,
    "\n  query DividendReportCsv($id: ID!) {\n    dividendReportCsv(allocationId: $id)\n  }\n": typeof types.DividendReportCsvDocument,
    "\n  query DividendSepaFile($id: ID!) {\n    dividendSepaFile(allocationId: $id) {\n      fileName\n      xml\n    }\n  }\n": typeof types.DividendSepaFileDocument,
    "\n  query DividendBoard($locale: String!) {\n    fiscalYears {\n      id\n      label\n      state\n      startsAt\n      endsAt\n      figures {\n        revenue {\n          formatted(locale: $locale)\n        }\n        costs {\n          formatted(locale: $locale)\n        }\n        surplus {\n          formatted(locale: $locale)\n        }\n      }\n      costs {\n        id\n        description\n        documentReference\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      allocation {\n        id\n        state\n        digest\n        runs\n        nothingToAllocate\n        proposalId\n        sepaExecutedAt\n        surplus {\n          formatted(locale: $locale)\n        }\n        reserve {\n          formatted(locale: $locale)\n        }\n        investorPool {\n          formatted(locale: $locale)\n        }\n        patronagePool {\n          formatted(locale: $locale)\n        }\n        classes {\n          memberClass\n          tier\n          members\n          totalWeight\n          pool {\n            formatted(locale: $locale)\n          }\n          allocated {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": typeof types.DividendBoardDocument,
    "\n  mutation CreateFiscalYear($input: CreateFiscalYearInput!) {\n    createFiscalYear(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFiscalYearDocument,
    "\n  mutation AddFiscalCost($input: AddFiscalCostInput!) {\n    addFiscalCost(input: $input) {\n      id\n    }\n  }\n": typeof types.AddFiscalCostDocument,
    "\n  mutation CloseFiscalYear($id: ID!) {\n    closeFiscalYear(id: $id) {\n      id\n    }\n  }\n": typeof types.CloseFiscalYearDocument,
    "\n  mutation RunDividendAllocation($id: ID!) {\n    runDividendAllocation(fiscalYearId: $id) {\n      id\n    }\n  }\n": typeof types.RunDividendAllocationDocument,
    "\n  mutation ProposeDividendAllocation($id: ID!) {\n    proposeDividendAllocation(allocationId: $id) {\n      id\n    }\n  }\n": typeof types.ProposeDividendAllocationDocument,
    "\n  mutation PayOutDividends($id: ID!) {\n    payOutDividends(allocationId: $id) {\n      id\n    }\n  }\n": typeof types.PayOutDividendsDocument,
    "\n  mutation MarkDividendSepaExecuted($id: ID!) {\n    markDividendSepaExecuted(allocationId: $id) {\n      id\n    }\n  }\n": typeof types.MarkDividendSepaExecutedDocument,
    "\n  query StaffMembers {\n    members(first: 200) {\n      id\n      number\n      name\n      memberClass\n      status\n      shares\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n": typeof types.ReinstateMemberDocument,
    "\n  query VerificationQueue {\n    verificationQueue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          legalName\n          street\n          postalCode\n          city\n          country\n          vatId\n          imprint\n          createdAt\n          missingLegalDetails\n          verificationRefusedAt\n          verificationRefusalReason\n        }\n      }\n    }\n  }\n": typeof types.VerificationQueueDocument,
    "\n  mutation StaffVerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.StaffVerifyOrganisationDocument,
    "\n  mutation StaffRefuseVerification($id: ID!, $input: StaffReasonInput!) {\n    refuseVerification(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.StaffRefuseVerificationDocument,
    "\n  query TradeStatisticsPage($locale: String!) {\n    coopTradeStatistics {\n      currency\n      coopShare\n      total {\n        trades\n        volume {\n          formatted(locale: $locale)\n        }\n      }\n      byMonth {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n      byCategory {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n      byCountryPair {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n    }\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.TradeStatisticsPageDocument,
    "\n  query InvoicePdf($id: ID!) {\n    wholesaleInvoice(id: $id) {\n      number\n      pdfBase64\n      seller {\n        name\n      }\n    }\n  }\n": typeof types.InvoicePdfDocument,
    "\n  query InvoiceXml($id: ID!) {\n    wholesaleInvoice(id: $id) {\n      number\n      xrechnungXml\n      seller {\n        name\n      }\n    }\n  }\n": typeof types.InvoiceXmlDocument,
    "\n  query NegotiationPage($id: ID!, $locale: String!) {\n    wholesaleNegotiation(id: $id) {\n      id\n      state\n      round\n      expiresAt\n      buyerOrganisationId\n      sellerOrganisationId\n      buyer {\n        name\n      }\n      seller {\n        name\n      }\n      offer {\n        id\n        title\n        unit\n        currency\n      }\n      onTable {\n        id\n        side\n        round\n        quantity\n        deliveryDate\n        validUntil\n        unitPrice {\n          amount\n          currency\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n      }\n      proposals {\n        id\n        side\n        round\n        quantity\n        deliveryDate\n        createdAt\n        unitPrice {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n      }\n      messages {\n        id\n        side\n        body\n        createdAt\n      }\n      purchaseOrder {\n        id\n      }\n    }\n  }\n": typeof types.NegotiationPageDocument,
    "\n  mutation ProposeTerms($id: ID!, $input: ProposalInput!) {\n    proposeWholesaleTerms(negotiationId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeTermsDocument,
    "\n  mutation AcceptProposal($id: ID!) {\n    acceptWholesaleProposal(negotiationId: $id) {\n      id\n    }\n  }\n": typeof types.AcceptProposalDocument,
    "\n  mutation DeclineProposal($id: ID!, $message: String!) {\n    declineWholesaleProposal(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n": typeof types.DeclineProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!, $message: String!) {\n    withdrawWholesaleProposal(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  mutation SendTradeMessage($id: ID!, $message: String!) {\n    sendWholesaleMessage(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n": typeof types.SendTradeMessageDocument,
    "\n  query WholesaleOfferPage($id: ID!, $locale: String!) {\n    wholesaleOffer(id: $id) {\n      id\n      title\n      description\n      unit\n      currency\n      state\n      availableQuantity\n      minimumQuantity\n      incoterm\n      incotermPlace\n      leadTimeDays\n      paymentNetDays\n      skontoBp\n      skontoDays\n      vatRateBp\n      validUntil\n      sellerOrganisationId\n      seller {\n        name\n        country\n      }\n      tiers {\n        minQuantity\n        unitPrice {\n          formatted(locale: $locale)\n        }\n      }\n    }\n  }\n": typeof types.WholesaleOfferPageDocument,
    "\n  mutation RequestQuote($input: RequestQuoteInput!) {\n    requestWholesaleQuote(input: $input) {\n      id\n    }\n  }\n": typeof types.RequestQuoteDocument,
    "\n  query OfferProducts($organisationId: ID!) {\n    myProducts(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          title\n          categoryId\n        }\n      }\n    }\n    wholesaleOffers(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.OfferProductsDocument,
    "\n  mutation PublishOffer($input: PublishOfferInput!) {\n    publishWholesaleOffer(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishOfferDocument,
    "\n  query PurchaseOrderPage($id: ID!, $locale: String!) {\n    wholesalePurchaseOrder(id: $id) {\n      id\n      state\n      quantity\n      deliveredQuantity\n      deliveryDate\n      createdAt\n      sellerOrganisationId\n      buyerOrganisationId\n      seller {\n        name\n      }\n      buyer {\n        name\n      }\n      offer {\n        id\n        title\n        unit\n        currency\n        incoterm\n        incotermPlace\n      }\n      unitPrice {\n        formatted(locale: $locale)\n      }\n      netTotal {\n        formatted(locale: $locale)\n      }\n      deliveries {\n        id\n        position\n        quantity\n        note\n        deliveredAt\n        custodyRecordId\n      }\n      invoices {\n        id\n        number\n        state\n        dueDate\n        skontoUntil\n        skontoBp\n        reverseCharge\n        net {\n          formatted(locale: $locale)\n        }\n        vat {\n          formatted(locale: $locale)\n        }\n        gross {\n          formatted(locale: $locale)\n        }\n        paid {\n          formatted(locale: $locale)\n        }\n        amountDueToday {\n          amount\n          currency\n          formatted(locale: $locale)\n        }\n        payments {\n          id\n          method\n          paidOn\n          reference\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n    paymentConfig {\n      testMode\n      publishableKey\n    }\n  }\n": typeof types.PurchaseOrderPageDocument,
    "\n  mutation RecordDelivery($id: ID!, $input: RecordDeliveryInput!) {\n    recordWholesaleDelivery(purchaseOrderId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordDeliveryDocument,
    "\n  mutation MarkInvoicePaid($id: ID!, $input: MarkInvoicePaidInput!) {\n    markWholesaleInvoicePaid(invoiceId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.MarkInvoicePaidDocument,
    "\n  mutation PayInvoiceOnline($id: ID!, $key: String!) {\n    payWholesaleInvoiceOnline(invoiceId: $id, idempotencyKey: $key) {\n      state\n      clientSecret\n    }\n  }\n": typeof types.PayInvoiceOnlineDocument,
    "\n  mutation PayInvoiceOffline($id: ID!, $key: String!) {\n    payWholesaleInvoiceOffline(invoiceId: $id, idempotencyKey: $key) {\n      state\n    }\n  }\n": typeof types.PayInvoiceOfflineDocument,
    "\n  query TradeDesk($organisationId: ID!, $filter: WholesaleOfferFilter!, $locale: String!) {\n    wholesaleOffers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          unit\n          availableQuantity\n          minimumQuantity\n          incoterm\n          incotermPlace\n          validUntil\n          sellerOrganisationId\n          seller {\n            name\n            country\n          }\n          tiers {\n            minQuantity\n            unitPrice {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n    wholesaleNegotiations(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          state\n          round\n          updatedAt\n          sellerOrganisationId\n          offer {\n            title\n            unit\n          }\n          buyer {\n            name\n          }\n          seller {\n            name\n          }\n          onTable {\n            quantity\n            unitPrice {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n    wholesalePurchaseOrders(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          state\n          quantity\n          deliveredQuantity\n          createdAt\n          sellerOrganisationId\n          offer {\n            title\n            unit\n          }\n          buyer {\n            name\n          }\n          seller {\n            name\n          }\n          netTotal {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n    wholesaleInvoices(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          number\n          state\n          dueDate\n          purchaseOrderId\n          sellerOrganisationId\n          seller {\n            name\n          }\n          buyer {\n            name\n          }\n          gross {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": typeof types.TradeDeskDocument,
};
const documents: Documents = {
    "\n  fragment ProductCard on Product {\n    id\n    title\n    fair\n    fairSeal\n    ecological\n    ecologicalSeal\n    smallAndPrecious\n    price {\n      formatted(locale: $locale)\n    }\n    unitPrice {\n      per\n      price {\n        formatted(locale: $locale)\n      }\n    }\n    images {\n      url\n      srcset\n    }\n  }\n": types.ProductCardFragmentDoc,
    "\n  fragment ProvenanceTimeline on ProvenanceSummary {\n    traceable\n    stepCount\n    lotCount\n    transportKm\n    completeness\n    attestedSteps\n    certifiedSteps\n    lot {\n      code\n      custodyModel\n    }\n    origin {\n      occurredAt\n      place {\n        name\n        country\n      }\n      actor {\n        name\n      }\n    }\n    certificates {\n      recordId\n      certifier\n      standard\n      certificateId\n      validTo\n      status\n    }\n    steps {\n      id\n      kind\n      occurredAt\n      description\n      correctedByRecordId\n      place {\n        name\n        country\n        latitude\n        longitude\n      }\n      actor {\n        name\n      }\n      transport {\n        mode\n        distanceKm\n        from {\n          name\n          latitude\n          longitude\n        }\n      }\n      certificates {\n        recordId\n        standard\n        status\n      }\n      attestations {\n        id\n        valid\n        statement\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": types.ProvenanceTimelineFragmentDoc,
    "\n  fragment SellerRatings on SellerRatingSummary {\n    count\n    positiveShare\n    latestComments {\n      rating\n      comment\n      createdAt\n    }\n  }\n": types.SellerRatingsFragmentDoc,
    "\n  mutation MergeCart($cartToken: String!) {\n    mergeCart(cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": types.MergeCartDocument,
    "\n  query CheckoutCart($cartToken: String, $locale: String!) {\n    countries {\n      code\n    }\n    me {\n      id\n      email\n      displayName\n    }\n    cart(cartToken: $cartToken) {\n      itemCount\n      destinationCountry\n      contactEmail\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shippingTotal {\n        formatted(locale: $locale)\n      }\n      total {\n        formatted(locale: $locale)\n      }\n      groups {\n        sellerId\n        sellerName\n        deliveryZone\n        shippingMethod\n        delivery {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        pickup {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          quantity\n          problem\n          lineTotal {\n            formatted(locale: $locale)\n          }\n          product {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.CheckoutCartDocument,
    "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  mutation ClaimGuestCheckout($checkoutId: ID!, $accessToken: String!) {\n    claimGuestCheckout(checkoutId: $checkoutId, accessToken: $accessToken) {\n      id\n    }\n  }\n": types.ClaimGuestCheckoutDocument,
    "\n  mutation ArrangeProductPhotos($productId: ID!, $input: ArrangePhotosInput!) {\n    arrangeProductPhotos(productId: $productId, input: $input) {\n      id\n    }\n  }\n": types.ArrangeProductPhotosDocument,
    "\n  query StaffViewer {\n    me {\n      id\n      platformRole\n    }\n  }\n": types.StaffViewerDocument,
    "\n  query CartCount($cartToken: String) {\n    cart(cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": types.CartCountDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      platformRole\n      emailConfirmedAt\n      locale\n    }\n    unreadNotificationCount\n  }\n": types.ViewerDocument,
    "\n  mutation SetMailLanguage($locale: String!) {\n    setMailLanguage(input: { locale: $locale }) {\n      id\n    }\n  }\n": types.SetMailLanguageDocument,
    "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n": types.DevMailboxEnabledDocument,
    "\n  query AddressBook {\n    countries {\n      code\n    }\n    myAddresses {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n      phone\n      isDefault\n    }\n  }\n": types.AddressBookDocument,
    "\n  mutation SaveAddress($input: AddressInput!) {\n    saveAddress(input: $input) {\n      id\n    }\n  }\n": types.SaveAddressDocument,
    "\n  mutation SetDefaultAddress($id: ID!) {\n    setDefaultAddress(id: $id) {\n      id\n    }\n  }\n": types.SetDefaultAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) {\n      id\n    }\n  }\n": types.DeleteAddressDocument,
    "\n  query CartPage($cartToken: String, $locale: String!) {\n    countries {\n      code\n    }\n    cart(cartToken: $cartToken) {\n      itemCount\n      destinationCountry\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shippingTotal {\n        formatted(locale: $locale)\n      }\n      total {\n        formatted(locale: $locale)\n      }\n      groups {\n        sellerId\n        sellerName\n        shippingMethod\n        delivery {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        pickup {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          quantity\n          shipsToDestination\n          problem\n          lineTotal {\n            formatted(locale: $locale)\n          }\n          product {\n            id\n            title\n            stock\n            price {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CartPageDocument,
    "\n  mutation AddToCart($productId: ID!, $quantity: Int!, $cartToken: String) {\n    addToCart(productId: $productId, quantity: $quantity, cartToken: $cartToken) {\n      token\n      itemCount\n    }\n  }\n": types.AddToCartDocument,
    "\n  mutation SetCartQuantity($productId: ID!, $quantity: Int!, $cartToken: String) {\n    setCartItemQuantity(productId: $productId, quantity: $quantity, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": types.SetCartQuantityDocument,
    "\n  mutation SetCartDestination($country: String!, $cartToken: String) {\n    setCartDestination(country: $country, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": types.SetCartDestinationDocument,
    "\n  mutation ChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {\n    chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": types.ChooseShippingDocument,
    "\n  query CheckoutPage($id: ID!, $accessToken: String, $locale: String!) {\n    paymentConfig {\n      provider\n      publishableKey\n    }\n    me {\n      id\n    }\n    myCheckout(id: $id, accessToken: $accessToken) {\n      id\n      state\n      expiresAt\n      clientSecret\n      paymentError\n      total {\n        formatted(locale: $locale)\n      }\n      accessToken\n      orders {\n        id\n        number\n        state\n        buyerName\n        shippingMethod\n        deliveryAddress {\n          name\n          street\n          postalCode\n          city\n          country\n          phone\n        }\n        seller {\n          name\n          terms\n          withdrawalPolicy\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          id\n          title\n          quantity\n          gross {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": types.CheckoutPageDocument,
    "\n  mutation PayOffline($checkoutId: ID!, $accessToken: String) {\n    payCheckoutOffline(checkoutId: $checkoutId, accessToken: $accessToken) {\n      state\n    }\n  }\n": types.PayOfflineDocument,
    "\n  query CheckoutAddresses {\n    myAddresses {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n      phone\n      isDefault\n    }\n  }\n": types.CheckoutAddressesDocument,
    "\n  mutation SetDeliveryAddress(\n    $cartToken: String\n    $addressId: ID\n    $address: PostalAddressInput\n    $email: String\n    $locale: String\n    $saveToAddressBook: Boolean\n  ) {\n    setDeliveryAddress(\n      cartToken: $cartToken\n      addressId: $addressId\n      address: $address\n      email: $email\n      locale: $locale\n      saveToAddressBook: $saveToAddressBook\n    ) {\n      itemCount\n    }\n  }\n": types.SetDeliveryAddressDocument,
    "\n  mutation Checkout($idempotencyKey: String!, $cartToken: String) {\n    checkout(idempotencyKey: $idempotencyKey, cartToken: $cartToken) {\n      id\n      accessToken\n    }\n  }\n": types.CheckoutDocument,
    "\n  mutation CheckoutChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {\n    chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n": types.CheckoutChooseShippingDocument,
    "\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input) {\n      id\n    }\n  }\n": types.ConfirmEmailDocument,
    "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n": types.ResendEmailConfirmationDocument,
    "\n  query MembershipTerms($locale: String!) {\n    membershipTerms {\n      sharePrice {\n        amount\n        formatted(locale: $locale)\n      }\n      minimums {\n        memberClass\n        shares\n      }\n      noticeDays\n    }\n  }\n": types.MembershipTermsDocument,
    "\n  query MyMemberships($locale: String!) {\n    myMemberships {\n      id\n      number\n      memberClass\n      status\n      goodStanding\n      shares\n      leavesAt\n      capital {\n        formatted(locale: $locale)\n      }\n      purchases {\n        id\n        status\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      register {\n        id\n        movement\n        shares\n        counterpartyNumber\n        recordedAt\n      }\n      standingHistory {\n        toStatus\n        reason\n        createdAt\n      }\n    }\n    myNotifications {\n      id\n      kind\n      proposalId\n      proposalTitle\n      read\n      createdAt\n    }\n  }\n": types.MyMembershipsDocument,
    "\n  mutation JoinCoop($input: JoinCoopInput!) {\n    joinCoop(input: $input) {\n      purchase {\n        id\n      }\n    }\n  }\n": types.JoinCoopDocument,
    "\n  mutation PaySharesOffline($id: ID!) {\n    paySharesOffline(purchaseId: $id) {\n      member {\n        status\n      }\n    }\n  }\n": types.PaySharesOfflineDocument,
    "\n  mutation GiveMembershipNotice($id: ID!) {\n    giveMembershipNotice(memberId: $id) {\n      status\n    }\n  }\n": types.GiveMembershipNoticeDocument,
    "\n  mutation TransferShares($input: TransferSharesInput!, $locale: String!) {\n    transferShares(input: $input) {\n      shares\n      toMemberNumber\n      capital {\n        formatted(locale: $locale)\n      }\n    }\n  }\n": types.TransferSharesDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query SellerOrders($organisationId: ID, $after: String, $locale: String!) {\n    sellerOrders(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          state\n          createdAt\n          buyerName\n          shippingMethod\n          deliveryAddress {\n            name\n            street\n            postalCode\n            city\n            country\n            phone\n          }\n          total {\n            formatted(locale: $locale)\n          }\n          refunded {\n            amount\n            formatted(locale: $locale)\n          }\n          fees {\n            platformFee {\n              formatted(locale: $locale)\n            }\n            fairFund {\n              formatted(locale: $locale)\n            }\n            sellerPayout {\n              formatted(locale: $locale)\n            }\n            payoutAfterRefunds {\n              formatted(locale: $locale)\n            }\n          }\n          lines {\n            id\n            title\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SellerOrdersDocument,
    "\n  query ProductEditPage($id: ID!, $locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n    product(id: $id) {\n      id\n      title\n      description\n      sku\n      categoryId\n      price {\n        amount\n        currency\n      }\n      vatRateBp\n      stock\n      condition\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      originCountry\n      originRegion\n      unitQuantity\n      unit\n      images {\n        id\n        url\n        srcset\n        alt\n      }\n      state\n    }\n  }\n": types.ProductEditPageDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {\n    updateProduct(id: $id, input: $input) {\n      sellerId\n      sellerKind\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation ActivateProduct($id: ID!) {\n    activateProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n": types.ActivateProductDocument,
    "\n  mutation CloseProduct($id: ID!) {\n    closeProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n": types.CloseProductDocument,
    "\n  query ProductFormCategories($locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.ProductFormCategoriesDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": types.CreateProductDocument,
    "\n  query ProvenanceLotPage($id: ID!, $organisationId: ID!) {\n    provenanceLot(id: $id) {\n      id\n      code\n      name\n      custodyModel\n      traceable\n      recordCount\n      custodianOrganisationId\n      custodian {\n        name\n      }\n      records(first: 100) {\n        edges {\n          node {\n            id\n            position\n            kind\n            occurredAt\n            description\n            actorOrganisationId\n            actor {\n              name\n            }\n            place {\n              name\n              country\n            }\n            certification {\n              standard\n              certificateId\n              status\n            }\n            attestations {\n              id\n              organisationId\n              valid\n              statement\n              organisation {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n    myProducts(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProvenanceLotPageDocument,
    "\n  mutation AppendProvenanceRecord($lotId: ID!, $input: AppendRecordInput!) {\n    appendProvenanceRecord(lotId: $lotId, input: $input) {\n      id\n    }\n  }\n": types.AppendProvenanceRecordDocument,
    "\n  mutation AttestProvenanceRecord($recordId: ID!, $organisationId: ID!, $statement: String!) {\n    attestProvenanceRecord(recordId: $recordId, organisationId: $organisationId, statement: $statement) {\n      id\n    }\n  }\n": types.AttestProvenanceRecordDocument,
    "\n  mutation LinkLotToProduct($lotId: ID!, $productId: ID!) {\n    linkLotToProduct(lotId: $lotId, productId: $productId) {\n      id\n    }\n  }\n": types.LinkLotToProductDocument,
    "\n  query ProvenanceLotsPage($organisationId: ID!) {\n    provenanceLots(organisationId: $organisationId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          custodyModel\n          recordCount\n          traceable\n          custodian {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProvenanceLotsPageDocument,
    "\n  mutation CreateProvenanceLot($input: CreateLotInput!) {\n    createProvenanceLot(input: $input) {\n      id\n    }\n  }\n": types.CreateProvenanceLotDocument,
    "\n  query ShippingPage($organisationId: ID) {\n    countries {\n      code\n    }\n    myShippingProfile(organisationId: $organisationId) {\n      originCountry\n      rates {\n        zone\n        itemPrice {\n          amount\n        }\n        combinedParcelPrice {\n          amount\n        }\n        combinedItemsPerParcel\n        freeShippingThreshold {\n          amount\n        }\n      }\n    }\n  }\n": types.ShippingPageDocument,
    "\n  mutation SetShippingProfile($input: ShippingProfileInput!) {\n    setShippingProfile(input: $input) {\n      sellerId\n    }\n  }\n": types.SetShippingProfileDocument,
    "\n  query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {\n    seller(id: $sellerId, kind: $sellerKind) {\n      vacationMode\n    }\n    myProducts(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          stock\n          price {\n            formatted(locale: $locale)\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DashboardPageDocument,
    "\n  mutation SetVacationMode($on: Boolean!, $organisationId: String) {\n    setVacationMode(on: $on, organisationId: $organisationId) {\n      vacationMode\n    }\n  }\n": types.SetVacationModeDocument,
    "\n  query DevMailAttachment($id: ID!, $index: Int!) {\n    devMail(id: $id) {\n      attachments {\n        index\n        filename\n        contentType\n      }\n    }\n    devMailAttachment(id: $id, index: $index)\n  }\n": types.DevMailAttachmentDocument,
    "\n  query DevMail($id: ID!) {\n    devMail(id: $id) {\n      id\n      from\n      to\n      subject\n      html\n      sentAt\n      attachments {\n        index\n        filename\n        size\n      }\n    }\n  }\n": types.DevMailDocument,
    "\n  query DevMailbox {\n    devMailbox(first: 200) {\n      id\n      kind\n      to\n      subject\n      sentAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query DividendStatementPdf($allocationId: ID!, $memberId: ID!) {\n    dividendStatement(allocationId: $allocationId, memberId: $memberId) {\n      fiscalYear\n      pdfBase64\n    }\n  }\n": types.DividendStatementPdfDocument,
    "\n  query MyMembershipIds {\n    myMemberships {\n      id\n      number\n      status\n      memberClass\n    }\n  }\n": types.MyMembershipIdsDocument,
    "\n  query MemberDividends($memberId: ID!, $locale: String!) {\n    dividendPayoutChoice(memberId: $memberId) {\n      method\n      iban\n      accountHolder\n      chosen\n    }\n    dividendStatements(memberId: $memberId) {\n      allocationId\n      fiscalYear\n      state\n      line {\n        weight\n        classWeight\n        rounding\n        classPool {\n          formatted(locale: $locale)\n        }\n        amount {\n          formatted(locale: $locale)\n        }\n        payoutMethod\n      }\n    }\n  }\n": types.MemberDividendsDocument,
    "\n  mutation SetDividendPayoutChoice($input: SetPayoutChoiceInput!) {\n    setDividendPayoutChoice(input: $input) {\n      method\n    }\n  }\n": types.SetDividendPayoutChoiceDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query HomePage($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n    searchProducts(filter: { fair: true }, sort: NEWEST, first: 8) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query PackingSlip($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      createdAt\n      buyerName\n      shippingMethod\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      seller {\n        name\n      }\n      lines {\n        id\n        title\n        quantity\n        productId\n      }\n    }\n  }\n": types.PackingSlipDocument,
    "\n  query OrderPage($id: ID!, $locale: String!) {\n    me {\n      id\n    }\n    order(id: $id) {\n      id\n      number\n      state\n      buyerId\n      checkoutId\n      createdAt\n      carrier\n      trackingCode\n      cancelReason\n      shippingMethod\n      buyerName\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      seller {\n        id\n        name\n        terms\n        withdrawalPolicy\n      }\n      lines {\n        id\n        title\n        quantity\n        unitPrice {\n          formatted(locale: $locale)\n        }\n        gross {\n          formatted(locale: $locale)\n        }\n      }\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shipping {\n        formatted(locale: $locale)\n      }\n      total {\n        currency\n        formatted(locale: $locale)\n      }\n      refunded {\n        amount\n        formatted(locale: $locale)\n      }\n      refundable {\n        amount\n        exponent\n        formatted(locale: $locale)\n      }\n      fees {\n        platformFee {\n          formatted(locale: $locale)\n        }\n        fairFund {\n          formatted(locale: $locale)\n        }\n        donation {\n          amount\n          formatted(locale: $locale)\n        }\n        vat {\n          formatted(locale: $locale)\n        }\n        sellerPayout {\n          formatted(locale: $locale)\n        }\n        payoutAfterRefunds {\n          formatted(locale: $locale)\n        }\n      }\n      refunds {\n        id\n        reason\n        note\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      rating {\n        rating\n        comment\n      }\n    }\n  }\n": types.OrderPageDocument,
    "\n  mutation CancelOrder($id: ID!, $idempotencyKey: String!) {\n    cancelOrder(id: $id, idempotencyKey: $idempotencyKey) {\n      state\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation ConfirmDelivery($id: ID!) {\n    confirmDelivery(id: $id) {\n      state\n    }\n  }\n": types.ConfirmDeliveryDocument,
    "\n  mutation RateSeller($id: ID!, $rating: SellerRatingValue!, $comment: String!) {\n    rateSeller(orderId: $id, rating: $rating, comment: $comment) {\n      rating\n    }\n  }\n": types.RateSellerDocument,
    "\n  mutation MarkShipped($id: ID!, $carrier: String, $trackingCode: String) {\n    markOrderShipped(id: $id, carrier: $carrier, trackingCode: $trackingCode) {\n      state\n    }\n  }\n": types.MarkShippedDocument,
    "\n  mutation RefundOrder($id: ID!, $input: RefundOrderInput!) {\n    refundOrder(id: $id, input: $input) {\n      state\n    }\n  }\n": types.RefundOrderDocument,
    "\n  query MyOrders($after: String, $locale: String!) {\n    myOrders(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          state\n          createdAt\n          seller {\n            name\n          }\n          total {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query OrganisationLegalDetails($id: ID!) {\n    me {\n      id\n    }\n    organisation(id: $id) {\n      id\n      name\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      imprint\n      terms\n      withdrawalPolicy\n      payoutAccount\n      staff {\n        accountId\n        role\n      }\n    }\n  }\n": types.OrganisationLegalDetailsDocument,
    "\n  mutation UpdateLegalDetails($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateLegalDetailsDocument,
    "\n  query OrganisationPage($id: ID!, $locale: String!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      isVerified\n      legalDetailsComplete\n      missingLegalDetails\n      verificationRefusalReason\n      staff {\n        accountId\n        role\n      }\n      donationsReceived {\n        amount\n        formatted(locale: $locale)\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query PolicyPage {\n    policyParameters {\n      key\n      type\n      value\n      defaultValue\n      description\n    }\n    policyHistory {\n      id\n      key\n      value\n      validFrom\n      reason\n      setByName\n      proposalId\n    }\n  }\n": types.PolicyPageDocument,
    "\n  query ProductPage($id: ID!, $locale: String!) {\n    product(id: $id) {\n      id\n      title\n      description\n      condition\n      buyable\n      stock\n      originCountry\n      originRegion\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      category {\n        slug\n        name(locale: $locale)\n      }\n      images {\n        url\n        srcset\n        alt\n      }\n      price {\n        formatted(locale: $locale)\n      }\n      unitPrice {\n        per\n        price {\n          formatted(locale: $locale)\n        }\n      }\n      priceBreakdown {\n        gross {\n          ...BreakdownPart\n        }\n        producerShare {\n          ...BreakdownPart\n        }\n        fairFund {\n          ...BreakdownPart\n        }\n        platformFee {\n          ...BreakdownPart\n        }\n        donation {\n          ...BreakdownPart\n        }\n        vat {\n          ...BreakdownPart\n        }\n      }\n      donationOrganisation {\n        name\n      }\n      seller {\n        id\n        kind\n        name\n        verified\n        vacationMode\n        ratings {\n          ...SellerRatings\n        }\n      }\n      provenance {\n        ...ProvenanceTimeline\n      }\n    }\n  }\n  fragment BreakdownPart on Money {\n    amount\n    formatted(locale: $locale)\n  }\n": types.ProductPageDocument,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n      number\n      title\n      kind\n      state\n      outcome\n      problemStatement\n      body\n      pollType\n      votingClosesAt\n      myReceipt\n      author {\n        memberId\n        name\n      }\n      options {\n        id\n        label\n      }\n      policyChanges {\n        key\n        value\n      }\n      thread {\n        id\n        parentId\n        authorName\n        memberClass\n        body\n        createdAt\n      }\n      amendments {\n        version\n        summary\n        changes {\n          field\n          lines {\n            op\n            text\n          }\n        }\n      }\n      deliberationStatus {\n        participants\n        classes\n        missing\n      }\n      participation {\n        electorate\n        ballotsCast\n      }\n      result {\n        outcome\n        reason\n        electorate\n        ballotsCast\n        abstentions\n        quorumNeeded\n        winner\n        blockReasons\n        weights {\n          memberClass\n          voters\n          ballotWeight\n        }\n        totals {\n          key\n          label\n          ballots\n          percent\n        }\n        rounds {\n          totals {\n            key\n            label\n            percent\n          }\n          eliminated\n          tieBreak\n        }\n      }\n      tasks {\n        id\n        title\n        dueOn\n        doneAt\n      }\n      reviews {\n        id\n        whatWorked\n        whatDidNot\n      }\n    }\n    me {\n      id\n    }\n  }\n": types.ProposalPageDocument,
    "\n  query GuestProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n    }\n  }\n": types.GuestProposalPageDocument,
    "\n  query MyMemberIds {\n    myMemberships {\n      id\n    }\n  }\n": types.MyMemberIdsDocument,
    "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      state\n    }\n  }\n": types.PublishProposalDocument,
    "\n  mutation PostInThread($input: PostInThreadInput!) {\n    postInThread(input: $input) {\n      id\n    }\n  }\n": types.PostInThreadDocument,
    "\n  mutation OpenVoting($id: ID!) {\n    openVoting(id: $id) {\n      state\n    }\n  }\n": types.OpenVotingDocument,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n": types.CastBallotDocument,
    "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      version\n    }\n  }\n": types.AmendProposalDocument,
    "\n  query ProposalParameters {\n    policyParameters {\n      key\n      type\n      value\n      description\n    }\n  }\n": types.ProposalParametersDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n": types.CreateProposalDocument,
    "\n  query Proposals($states: [ProposalState!]) {\n    proposals(states: $states) {\n      id\n      number\n      title\n      kind\n      state\n      outcome\n      votingClosesAt\n      author {\n        name\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {\n    categories {\n      slug\n      name(locale: $locale)\n    }\n    searchProducts(query: $query, filter: $filter, sort: $sort, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        fair {\n          value\n          count\n        }\n        ecological {\n          value\n          count\n        }\n        smallAndPrecious {\n          value\n          count\n        }\n        traceable {\n          value\n          count\n        }\n        condition {\n          value\n          count\n        }\n        originCountries {\n          value\n          count\n        }\n        priceBands {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {\n    seller(id: $id, kind: $kind) {\n      id\n      kind\n      name\n      verified\n      commercial\n      isNgo\n      vacationMode\n      ratings {\n        ...SellerRatings\n      }\n      products(first: 24, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...ProductCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.SellerPageDocument,
    "\n  query StaffAccounts($search: String) {\n    staffAccounts(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          platformRole\n          emailConfirmedAt\n          suspendedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n": types.StaffAccountsDocument,
    "\n  mutation StaffSuspendAccount($id: ID!, $input: StaffReasonInput!) {\n    suspendAccount(id: $id, input: $input) {\n      id\n      displayName\n    }\n  }\n": types.StaffSuspendAccountDocument,
    "\n  mutation StaffReinstateAccount($id: ID!) {\n    reinstateAccount(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.StaffReinstateAccountDocument,
    "\n  query StaffAuditEvents($action: String, $subjectId: String, $after: String) {\n    auditEvents(action: $action, subjectId: $subjectId, after: $after, first: 50) {\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorAccountId\n          subjectType\n          subjectId\n          clientAddress\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffAuditEventsDocument,
    "\n  query StaffCategories($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n  }\n": types.StaffCategoriesDocument,
    "\n  mutation StaffCreateCategory($input: CreateCategoryInput!, $locale: String!) {\n    createCategory(input: $input) {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.StaffCreateCategoryDocument,
    "\n  query DividendReportCsv($id: ID!) {\n    dividendReportCsv(allocationId: $id)\n  }\n": types.DividendReportCsvDocument,
    "\n  query DividendSepaFile($id: ID!) {\n    dividendSepaFile(allocationId: $id) {\n      fileName\n      xml\n    }\n  }\n": types.DividendSepaFileDocument,
    "\n  query DividendBoard($locale: String!) {\n    fiscalYears {\n      id\n      label\n      state\n      startsAt\n      endsAt\n      figures {\n        revenue {\n          formatted(locale: $locale)\n        }\n        costs {\n          formatted(locale: $locale)\n        }\n        surplus {\n          formatted(locale: $locale)\n        }\n      }\n      costs {\n        id\n        description\n        documentReference\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      allocation {\n        id\n        state\n        digest\n        runs\n        nothingToAllocate\n        proposalId\n        sepaExecutedAt\n        surplus {\n          formatted(locale: $locale)\n        }\n        reserve {\n          formatted(locale: $locale)\n        }\n        investorPool {\n          formatted(locale: $locale)\n        }\n        patronagePool {\n          formatted(locale: $locale)\n        }\n        classes {\n          memberClass\n          tier\n          members\n          totalWeight\n          pool {\n            formatted(locale: $locale)\n          }\n          allocated {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": types.DividendBoardDocument,
    "\n  mutation CreateFiscalYear($input: CreateFiscalYearInput!) {\n    createFiscalYear(input: $input) {\n      id\n    }\n  }\n": types.CreateFiscalYearDocument,
    "\n  mutation AddFiscalCost($input: AddFiscalCostInput!) {\n    addFiscalCost(input: $input) {\n      id\n    }\n  }\n": types.AddFiscalCostDocument,
    "\n  mutation CloseFiscalYear($id: ID!) {\n    closeFiscalYear(id: $id) {\n      id\n    }\n  }\n": types.CloseFiscalYearDocument,
    "\n  mutation RunDividendAllocation($id: ID!) {\n    runDividendAllocation(fiscalYearId: $id) {\n      id\n    }\n  }\n": types.RunDividendAllocationDocument,
    "\n  mutation ProposeDividendAllocation($id: ID!) {\n    proposeDividendAllocation(allocationId: $id) {\n      id\n    }\n  }\n": types.ProposeDividendAllocationDocument,
    "\n  mutation PayOutDividends($id: ID!) {\n    payOutDividends(allocationId: $id) {\n      id\n    }\n  }\n": types.PayOutDividendsDocument,
    "\n  mutation MarkDividendSepaExecuted($id: ID!) {\n    markDividendSepaExecuted(allocationId: $id) {\n      id\n    }\n  }\n": types.MarkDividendSepaExecutedDocument,
    "\n  query StaffMembers {\n    members(first: 200) {\n      id\n      number\n      name\n      memberClass\n      status\n      shares\n    }\n  }\n": types.StaffMembersDocument,
    "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n": types.ReinstateMemberDocument,
    "\n  query VerificationQueue {\n    verificationQueue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          legalName\n          street\n          postalCode\n          city\n          country\n          vatId\n          imprint\n          createdAt\n          missingLegalDetails\n          verificationRefusedAt\n          verificationRefusalReason\n        }\n      }\n    }\n  }\n": types.VerificationQueueDocument,
    "\n  mutation StaffVerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      name\n    }\n  }\n": types.StaffVerifyOrganisationDocument,
    "\n  mutation StaffRefuseVerification($id: ID!, $input: StaffReasonInput!) {\n    refuseVerification(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.StaffRefuseVerificationDocument,
    "\n  query TradeStatisticsPage($locale: String!) {\n    coopTradeStatistics {\n      currency\n      coopShare\n      total {\n        trades\n        volume {\n          formatted(locale: $locale)\n        }\n      }\n      byMonth {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n      byCategory {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n      byCountryPair {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n    }\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.TradeStatisticsPageDocument,
    "\n  query InvoicePdf($id: ID!) {\n    wholesaleInvoice(id: $id) {\n      number\n      pdfBase64\n      seller {\n        name\n      }\n    }\n  }\n": types.InvoicePdfDocument,
    "\n  query InvoiceXml($id: ID!) {\n    wholesaleInvoice(id: $id) {\n      number\n      xrechnungXml\n      seller {\n        name\n      }\n    }\n  }\n": types.InvoiceXmlDocument,
    "\n  query NegotiationPage($id: ID!, $locale: String!) {\n    wholesaleNegotiation(id: $id) {\n      id\n      state\n      round\n      expiresAt\n      buyerOrganisationId\n      sellerOrganisationId\n      buyer {\n        name\n      }\n      seller {\n        name\n      }\n      offer {\n        id\n        title\n        unit\n        currency\n      }\n      onTable {\n        id\n        side\n        round\n        quantity\n        deliveryDate\n        validUntil\n        unitPrice {\n          amount\n          currency\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n      }\n      proposals {\n        id\n        side\n        round\n        quantity\n        deliveryDate\n        createdAt\n        unitPrice {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n      }\n      messages {\n        id\n        side\n        body\n        createdAt\n      }\n      purchaseOrder {\n        id\n      }\n    }\n  }\n": types.NegotiationPageDocument,
    "\n  mutation ProposeTerms($id: ID!, $input: ProposalInput!) {\n    proposeWholesaleTerms(negotiationId: $id, input: $input) {\n      id\n    }\n  }\n": types.ProposeTermsDocument,
    "\n  mutation AcceptProposal($id: ID!) {\n    acceptWholesaleProposal(negotiationId: $id) {\n      id\n    }\n  }\n": types.AcceptProposalDocument,
    "\n  mutation DeclineProposal($id: ID!, $message: String!) {\n    declineWholesaleProposal(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n": types.DeclineProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!, $message: String!) {\n    withdrawWholesaleProposal(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  mutation SendTradeMessage($id: ID!, $message: String!) {\n    sendWholesaleMessage(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n": types.SendTradeMessageDocument,
    "\n  query WholesaleOfferPage($id: ID!, $locale: String!) {\n    wholesaleOffer(id: $id) {\n      id\n      title\n      description\n      unit\n      currency\n      state\n      availableQuantity\n      minimumQuantity\n      incoterm\n      incotermPlace\n      leadTimeDays\n      paymentNetDays\n      skontoBp\n      skontoDays\n      vatRateBp\n      validUntil\n      sellerOrganisationId\n      seller {\n        name\n        country\n      }\n      tiers {\n        minQuantity\n        unitPrice {\n          formatted(locale: $locale)\n        }\n      }\n    }\n  }\n": types.WholesaleOfferPageDocument,
    "\n  mutation RequestQuote($input: RequestQuoteInput!) {\n    requestWholesaleQuote(input: $input) {\n      id\n    }\n  }\n": types.RequestQuoteDocument,
    "\n  query OfferProducts($organisationId: ID!) {\n    myProducts(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          title\n          categoryId\n        }\n      }\n    }\n    wholesaleOffers(first: 1) {\n      totalCount\n    }\n  }\n": types.OfferProductsDocument,
    "\n  mutation PublishOffer($input: PublishOfferInput!) {\n    publishWholesaleOffer(input: $input) {\n      id\n    }\n  }\n": types.PublishOfferDocument,
    "\n  query PurchaseOrderPage($id: ID!, $locale: String!) {\n    wholesalePurchaseOrder(id: $id) {\n      id\n      state\n      quantity\n      deliveredQuantity\n      deliveryDate\n      createdAt\n      sellerOrganisationId\n      buyerOrganisationId\n      seller {\n        name\n      }\n      buyer {\n        name\n      }\n      offer {\n        id\n        title\n        unit\n        currency\n        incoterm\n        incotermPlace\n      }\n      unitPrice {\n        formatted(locale: $locale)\n      }\n      netTotal {\n        formatted(locale: $locale)\n      }\n      deliveries {\n        id\n        position\n        quantity\n        note\n        deliveredAt\n        custodyRecordId\n      }\n      invoices {\n        id\n        number\n        state\n        dueDate\n        skontoUntil\n        skontoBp\n        reverseCharge\n        net {\n          formatted(locale: $locale)\n        }\n        vat {\n          formatted(locale: $locale)\n        }\n        gross {\n          formatted(locale: $locale)\n        }\n        paid {\n          formatted(locale: $locale)\n        }\n        amountDueToday {\n          amount\n          currency\n          formatted(locale: $locale)\n        }\n        payments {\n          id\n          method\n          paidOn\n          reference\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n    paymentConfig {\n      testMode\n      publishableKey\n    }\n  }\n": types.PurchaseOrderPageDocument,
    "\n  mutation RecordDelivery($id: ID!, $input: RecordDeliveryInput!) {\n    recordWholesaleDelivery(purchaseOrderId: $id, input: $input) {\n      id\n    }\n  }\n": types.RecordDeliveryDocument,
    "\n  mutation MarkInvoicePaid($id: ID!, $input: MarkInvoicePaidInput!) {\n    markWholesaleInvoicePaid(invoiceId: $id, input: $input) {\n      id\n    }\n  }\n": types.MarkInvoicePaidDocument,
    "\n  mutation PayInvoiceOnline($id: ID!, $key: String!) {\n    payWholesaleInvoiceOnline(invoiceId: $id, idempotencyKey: $key) {\n      state\n      clientSecret\n    }\n  }\n": types.PayInvoiceOnlineDocument,
    "\n  mutation PayInvoiceOffline($id: ID!, $key: String!) {\n    payWholesaleInvoiceOffline(invoiceId: $id, idempotencyKey: $key) {\n      state\n    }\n  }\n": types.PayInvoiceOfflineDocument,
    "\n  query TradeDesk($organisationId: ID!, $filter: WholesaleOfferFilter!, $locale: String!) {\n    wholesaleOffers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          unit\n          availableQuantity\n          minimumQuantity\n          incoterm\n          incotermPlace\n          validUntil\n          sellerOrganisationId\n          seller {\n            name\n            country\n          }\n          tiers {\n            minQuantity\n            unitPrice {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n    wholesaleNegotiations(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          state\n          round\n          updatedAt\n          sellerOrganisationId\n          offer {\n            title\n            unit\n          }\n          buyer {\n            name\n          }\n          seller {\n            name\n          }\n          onTable {\n            quantity\n            unitPrice {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n    wholesalePurchaseOrders(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          state\n          quantity\n          deliveredQuantity\n          createdAt\n          sellerOrganisationId\n          offer {\n            title\n            unit\n          }\n          buyer {\n            name\n          }\n          seller {\n            name\n          }\n          netTotal {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n    wholesaleInvoices(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          number\n          state\n          dueDate\n          purchaseOrderId\n          sellerOrganisationId\n          seller {\n            name\n          }\n          buyer {\n            name\n          }\n          gross {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": types.TradeDeskDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCard on Product {\n    id\n    title\n    fair\n    fairSeal\n    ecological\n    ecologicalSeal\n    smallAndPrecious\n    price {\n      formatted(locale: $locale)\n    }\n    unitPrice {\n      per\n      price {\n        formatted(locale: $locale)\n      }\n    }\n    images {\n      url\n      srcset\n    }\n  }\n"): typeof import('./graphql').ProductCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProvenanceTimeline on ProvenanceSummary {\n    traceable\n    stepCount\n    lotCount\n    transportKm\n    completeness\n    attestedSteps\n    certifiedSteps\n    lot {\n      code\n      custodyModel\n    }\n    origin {\n      occurredAt\n      place {\n        name\n        country\n      }\n      actor {\n        name\n      }\n    }\n    certificates {\n      recordId\n      certifier\n      standard\n      certificateId\n      validTo\n      status\n    }\n    steps {\n      id\n      kind\n      occurredAt\n      description\n      correctedByRecordId\n      place {\n        name\n        country\n        latitude\n        longitude\n      }\n      actor {\n        name\n      }\n      transport {\n        mode\n        distanceKm\n        from {\n          name\n          latitude\n          longitude\n        }\n      }\n      certificates {\n        recordId\n        standard\n        status\n      }\n      attestations {\n        id\n        valid\n        statement\n        organisation {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProvenanceTimelineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SellerRatings on SellerRatingSummary {\n    count\n    positiveShare\n    latestComments {\n      rating\n      comment\n      createdAt\n    }\n  }\n"): typeof import('./graphql').SellerRatingsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCart($cartToken: String!) {\n    mergeCart(cartToken: $cartToken) {\n      itemCount\n    }\n  }\n"): typeof import('./graphql').MergeCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutCart($cartToken: String, $locale: String!) {\n    countries {\n      code\n    }\n    me {\n      id\n      email\n      displayName\n    }\n    cart(cartToken: $cartToken) {\n      itemCount\n      destinationCountry\n      contactEmail\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shippingTotal {\n        formatted(locale: $locale)\n      }\n      total {\n        formatted(locale: $locale)\n      }\n      groups {\n        sellerId\n        sellerName\n        deliveryZone\n        shippingMethod\n        delivery {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        pickup {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          quantity\n          problem\n          lineTotal {\n            formatted(locale: $locale)\n          }\n          product {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CheckoutCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimGuestCheckout($checkoutId: ID!, $accessToken: String!) {\n    claimGuestCheckout(checkoutId: $checkoutId, accessToken: $accessToken) {\n      id\n    }\n  }\n"): typeof import('./graphql').ClaimGuestCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeProductPhotos($productId: ID!, $input: ArrangePhotosInput!) {\n    arrangeProductPhotos(productId: $productId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ArrangeProductPhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffViewer {\n    me {\n      id\n      platformRole\n    }\n  }\n"): typeof import('./graphql').StaffViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartCount($cartToken: String) {\n    cart(cartToken: $cartToken) {\n      itemCount\n    }\n  }\n"): typeof import('./graphql').CartCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      platformRole\n      emailConfirmedAt\n      locale\n    }\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailLanguage($locale: String!) {\n    setMailLanguage(input: { locale: $locale }) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetMailLanguageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n"): typeof import('./graphql').DevMailboxEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddressBook {\n    countries {\n      code\n    }\n    myAddresses {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n      phone\n      isDefault\n    }\n  }\n"): typeof import('./graphql').AddressBookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAddress($input: AddressInput!) {\n    saveAddress(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SaveAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultAddress($id: ID!) {\n    setDefaultAddress(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetDefaultAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartPage($cartToken: String, $locale: String!) {\n    countries {\n      code\n    }\n    cart(cartToken: $cartToken) {\n      itemCount\n      destinationCountry\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shippingTotal {\n        formatted(locale: $locale)\n      }\n      total {\n        formatted(locale: $locale)\n      }\n      groups {\n        sellerId\n        sellerName\n        shippingMethod\n        delivery {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        pickup {\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          quantity\n          shipsToDestination\n          problem\n          lineTotal {\n            formatted(locale: $locale)\n          }\n          product {\n            id\n            title\n            stock\n            price {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CartPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCart($productId: ID!, $quantity: Int!, $cartToken: String) {\n    addToCart(productId: $productId, quantity: $quantity, cartToken: $cartToken) {\n      token\n      itemCount\n    }\n  }\n"): typeof import('./graphql').AddToCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCartQuantity($productId: ID!, $quantity: Int!, $cartToken: String) {\n    setCartItemQuantity(productId: $productId, quantity: $quantity, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n"): typeof import('./graphql').SetCartQuantityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCartDestination($country: String!, $cartToken: String) {\n    setCartDestination(country: $country, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n"): typeof import('./graphql').SetCartDestinationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {\n    chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n"): typeof import('./graphql').ChooseShippingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutPage($id: ID!, $accessToken: String, $locale: String!) {\n    paymentConfig {\n      provider\n      publishableKey\n    }\n    me {\n      id\n    }\n    myCheckout(id: $id, accessToken: $accessToken) {\n      id\n      state\n      expiresAt\n      clientSecret\n      paymentError\n      total {\n        formatted(locale: $locale)\n      }\n      accessToken\n      orders {\n        id\n        number\n        state\n        buyerName\n        shippingMethod\n        deliveryAddress {\n          name\n          street\n          postalCode\n          city\n          country\n          phone\n        }\n        seller {\n          name\n          terms\n          withdrawalPolicy\n        }\n        itemsTotal {\n          formatted(locale: $locale)\n        }\n        shipping {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n        lines {\n          id\n          title\n          quantity\n          gross {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CheckoutPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayOffline($checkoutId: ID!, $accessToken: String) {\n    payCheckoutOffline(checkoutId: $checkoutId, accessToken: $accessToken) {\n      state\n    }\n  }\n"): typeof import('./graphql').PayOfflineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutAddresses {\n    myAddresses {\n      id\n      name\n      street\n      postalCode\n      city\n      country\n      phone\n      isDefault\n    }\n  }\n"): typeof import('./graphql').CheckoutAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeliveryAddress(\n    $cartToken: String\n    $addressId: ID\n    $address: PostalAddressInput\n    $email: String\n    $locale: String\n    $saveToAddressBook: Boolean\n  ) {\n    setDeliveryAddress(\n      cartToken: $cartToken\n      addressId: $addressId\n      address: $address\n      email: $email\n      locale: $locale\n      saveToAddressBook: $saveToAddressBook\n    ) {\n      itemCount\n    }\n  }\n"): typeof import('./graphql').SetDeliveryAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Checkout($idempotencyKey: String!, $cartToken: String) {\n    checkout(idempotencyKey: $idempotencyKey, cartToken: $cartToken) {\n      id\n      accessToken\n    }\n  }\n"): typeof import('./graphql').CheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutChooseShipping($sellerId: ID!, $method: ShippingMethod!, $cartToken: String) {\n    chooseShipping(sellerId: $sellerId, method: $method, cartToken: $cartToken) {\n      itemCount\n    }\n  }\n"): typeof import('./graphql').CheckoutChooseShippingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConfirmEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n"): typeof import('./graphql').ResendEmailConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipTerms($locale: String!) {\n    membershipTerms {\n      sharePrice {\n        amount\n        formatted(locale: $locale)\n      }\n      minimums {\n        memberClass\n        shares\n      }\n      noticeDays\n    }\n  }\n"): typeof import('./graphql').MembershipTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberships($locale: String!) {\n    myMemberships {\n      id\n      number\n      memberClass\n      status\n      goodStanding\n      shares\n      leavesAt\n      capital {\n        formatted(locale: $locale)\n      }\n      purchases {\n        id\n        status\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      register {\n        id\n        movement\n        shares\n        counterpartyNumber\n        recordedAt\n      }\n      standingHistory {\n        toStatus\n        reason\n        createdAt\n      }\n    }\n    myNotifications {\n      id\n      kind\n      proposalId\n      proposalTitle\n      read\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCoop($input: JoinCoopInput!) {\n    joinCoop(input: $input) {\n      purchase {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').JoinCoopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaySharesOffline($id: ID!) {\n    paySharesOffline(purchaseId: $id) {\n      member {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PaySharesOfflineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveMembershipNotice($id: ID!) {\n    giveMembershipNotice(memberId: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql').GiveMembershipNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferShares($input: TransferSharesInput!, $locale: String!) {\n    transferShares(input: $input) {\n      shares\n      toMemberNumber\n      capital {\n        formatted(locale: $locale)\n      }\n    }\n  }\n"): typeof import('./graphql').TransferSharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SellerOrders($organisationId: ID, $after: String, $locale: String!) {\n    sellerOrders(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          state\n          createdAt\n          buyerName\n          shippingMethod\n          deliveryAddress {\n            name\n            street\n            postalCode\n            city\n            country\n            phone\n          }\n          total {\n            formatted(locale: $locale)\n          }\n          refunded {\n            amount\n            formatted(locale: $locale)\n          }\n          fees {\n            platformFee {\n              formatted(locale: $locale)\n            }\n            fairFund {\n              formatted(locale: $locale)\n            }\n            sellerPayout {\n              formatted(locale: $locale)\n            }\n            payoutAfterRefunds {\n              formatted(locale: $locale)\n            }\n          }\n          lines {\n            id\n            title\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').SellerOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductEditPage($id: ID!, $locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n    product(id: $id) {\n      id\n      title\n      description\n      sku\n      categoryId\n      price {\n        amount\n        currency\n      }\n      vatRateBp\n      stock\n      condition\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      originCountry\n      originRegion\n      unitQuantity\n      unit\n      images {\n        id\n        url\n        srcset\n        alt\n      }\n      state\n    }\n  }\n"): typeof import('./graphql').ProductEditPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {\n    updateProduct(id: $id, input: $input) {\n      sellerId\n      sellerKind\n    }\n  }\n"): typeof import('./graphql').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateProduct($id: ID!) {\n    activateProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n"): typeof import('./graphql').ActivateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProduct($id: ID!) {\n    closeProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n"): typeof import('./graphql').CloseProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductFormCategories($locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n"): typeof import('./graphql').ProductFormCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvenanceLotPage($id: ID!, $organisationId: ID!) {\n    provenanceLot(id: $id) {\n      id\n      code\n      name\n      custodyModel\n      traceable\n      recordCount\n      custodianOrganisationId\n      custodian {\n        name\n      }\n      records(first: 100) {\n        edges {\n          node {\n            id\n            position\n            kind\n            occurredAt\n            description\n            actorOrganisationId\n            actor {\n              name\n            }\n            place {\n              name\n              country\n            }\n            certification {\n              standard\n              certificateId\n              status\n            }\n            attestations {\n              id\n              organisationId\n              valid\n              statement\n              organisation {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n    myProducts(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProvenanceLotPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppendProvenanceRecord($lotId: ID!, $input: AppendRecordInput!) {\n    appendProvenanceRecord(lotId: $lotId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AppendProvenanceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttestProvenanceRecord($recordId: ID!, $organisationId: ID!, $statement: String!) {\n    attestProvenanceRecord(recordId: $recordId, organisationId: $organisationId, statement: $statement) {\n      id\n    }\n  }\n"): typeof import('./graphql').AttestProvenanceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkLotToProduct($lotId: ID!, $productId: ID!) {\n    linkLotToProduct(lotId: $lotId, productId: $productId) {\n      id\n    }\n  }\n"): typeof import('./graphql').LinkLotToProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvenanceLotsPage($organisationId: ID!) {\n    provenanceLots(organisationId: $organisationId, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          custodyModel\n          recordCount\n          traceable\n          custodian {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProvenanceLotsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProvenanceLot($input: CreateLotInput!) {\n    createProvenanceLot(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProvenanceLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShippingPage($organisationId: ID) {\n    countries {\n      code\n    }\n    myShippingProfile(organisationId: $organisationId) {\n      originCountry\n      rates {\n        zone\n        itemPrice {\n          amount\n        }\n        combinedParcelPrice {\n          amount\n        }\n        combinedItemsPerParcel\n        freeShippingThreshold {\n          amount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShippingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetShippingProfile($input: ShippingProfileInput!) {\n    setShippingProfile(input: $input) {\n      sellerId\n    }\n  }\n"): typeof import('./graphql').SetShippingProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {\n    seller(id: $sellerId, kind: $sellerKind) {\n      vacationMode\n    }\n    myProducts(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          stock\n          price {\n            formatted(locale: $locale)\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVacationMode($on: Boolean!, $organisationId: String) {\n    setVacationMode(on: $on, organisationId: $organisationId) {\n      vacationMode\n    }\n  }\n"): typeof import('./graphql').SetVacationModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailAttachment($id: ID!, $index: Int!) {\n    devMail(id: $id) {\n      attachments {\n        index\n        filename\n        contentType\n      }\n    }\n    devMailAttachment(id: $id, index: $index)\n  }\n"): typeof import('./graphql').DevMailAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMail($id: ID!) {\n    devMail(id: $id) {\n      id\n      from\n      to\n      subject\n      html\n      sentAt\n      attachments {\n        index\n        filename\n        size\n      }\n    }\n  }\n"): typeof import('./graphql').DevMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox {\n    devMailbox(first: 200) {\n      id\n      kind\n      to\n      subject\n      sentAt\n    }\n  }\n"): typeof import('./graphql').DevMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DividendStatementPdf($allocationId: ID!, $memberId: ID!) {\n    dividendStatement(allocationId: $allocationId, memberId: $memberId) {\n      fiscalYear\n      pdfBase64\n    }\n  }\n"): typeof import('./graphql').DividendStatementPdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMembershipIds {\n    myMemberships {\n      id\n      number\n      status\n      memberClass\n    }\n  }\n"): typeof import('./graphql').MyMembershipIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDividends($memberId: ID!, $locale: String!) {\n    dividendPayoutChoice(memberId: $memberId) {\n      method\n      iban\n      accountHolder\n      chosen\n    }\n    dividendStatements(memberId: $memberId) {\n      allocationId\n      fiscalYear\n      state\n      line {\n        weight\n        classWeight\n        rounding\n        classPool {\n          formatted(locale: $locale)\n        }\n        amount {\n          formatted(locale: $locale)\n        }\n        payoutMethod\n      }\n    }\n  }\n"): typeof import('./graphql').MemberDividendsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDividendPayoutChoice($input: SetPayoutChoiceInput!) {\n    setDividendPayoutChoice(input: $input) {\n      method\n    }\n  }\n"): typeof import('./graphql').SetDividendPayoutChoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n    searchProducts(filter: { fair: true }, sort: NEWEST, first: 8) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PackingSlip($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      createdAt\n      buyerName\n      shippingMethod\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      seller {\n        name\n      }\n      lines {\n        id\n        title\n        quantity\n        productId\n      }\n    }\n  }\n"): typeof import('./graphql').PackingSlipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPage($id: ID!, $locale: String!) {\n    me {\n      id\n    }\n    order(id: $id) {\n      id\n      number\n      state\n      buyerId\n      checkoutId\n      createdAt\n      carrier\n      trackingCode\n      cancelReason\n      shippingMethod\n      buyerName\n      deliveryAddress {\n        name\n        street\n        postalCode\n        city\n        country\n        phone\n      }\n      seller {\n        id\n        name\n        terms\n        withdrawalPolicy\n      }\n      lines {\n        id\n        title\n        quantity\n        unitPrice {\n          formatted(locale: $locale)\n        }\n        gross {\n          formatted(locale: $locale)\n        }\n      }\n      itemsTotal {\n        formatted(locale: $locale)\n      }\n      shipping {\n        formatted(locale: $locale)\n      }\n      total {\n        currency\n        formatted(locale: $locale)\n      }\n      refunded {\n        amount\n        formatted(locale: $locale)\n      }\n      refundable {\n        amount\n        exponent\n        formatted(locale: $locale)\n      }\n      fees {\n        platformFee {\n          formatted(locale: $locale)\n        }\n        fairFund {\n          formatted(locale: $locale)\n        }\n        donation {\n          amount\n          formatted(locale: $locale)\n        }\n        vat {\n          formatted(locale: $locale)\n        }\n        sellerPayout {\n          formatted(locale: $locale)\n        }\n        payoutAfterRefunds {\n          formatted(locale: $locale)\n        }\n      }\n      refunds {\n        id\n        reason\n        note\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      rating {\n        rating\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').OrderPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: ID!, $idempotencyKey: String!) {\n    cancelOrder(id: $id, idempotencyKey: $idempotencyKey) {\n      state\n    }\n  }\n"): typeof import('./graphql').CancelOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDelivery($id: ID!) {\n    confirmDelivery(id: $id) {\n      state\n    }\n  }\n"): typeof import('./graphql').ConfirmDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateSeller($id: ID!, $rating: SellerRatingValue!, $comment: String!) {\n    rateSeller(orderId: $id, rating: $rating, comment: $comment) {\n      rating\n    }\n  }\n"): typeof import('./graphql').RateSellerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkShipped($id: ID!, $carrier: String, $trackingCode: String) {\n    markOrderShipped(id: $id, carrier: $carrier, trackingCode: $trackingCode) {\n      state\n    }\n  }\n"): typeof import('./graphql').MarkShippedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($id: ID!, $input: RefundOrderInput!) {\n    refundOrder(id: $id, input: $input) {\n      state\n    }\n  }\n"): typeof import('./graphql').RefundOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($after: String, $locale: String!) {\n    myOrders(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          state\n          createdAt\n          seller {\n            name\n          }\n          total {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationLegalDetails($id: ID!) {\n    me {\n      id\n    }\n    organisation(id: $id) {\n      id\n      name\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      imprint\n      terms\n      withdrawalPolicy\n      payoutAccount\n      staff {\n        accountId\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationLegalDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLegalDetails($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateLegalDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!, $locale: String!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      isVerified\n      legalDetailsComplete\n      missingLegalDetails\n      verificationRefusalReason\n      staff {\n        accountId\n        role\n      }\n      donationsReceived {\n        amount\n        formatted(locale: $locale)\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyPage {\n    policyParameters {\n      key\n      type\n      value\n      defaultValue\n      description\n    }\n    policyHistory {\n      id\n      key\n      value\n      validFrom\n      reason\n      setByName\n      proposalId\n    }\n  }\n"): typeof import('./graphql').PolicyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($id: ID!, $locale: String!) {\n    product(id: $id) {\n      id\n      title\n      description\n      condition\n      buyable\n      stock\n      originCountry\n      originRegion\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      category {\n        slug\n        name(locale: $locale)\n      }\n      images {\n        url\n        srcset\n        alt\n      }\n      price {\n        formatted(locale: $locale)\n      }\n      unitPrice {\n        per\n        price {\n          formatted(locale: $locale)\n        }\n      }\n      priceBreakdown {\n        gross {\n          ...BreakdownPart\n        }\n        producerShare {\n          ...BreakdownPart\n        }\n        fairFund {\n          ...BreakdownPart\n        }\n        platformFee {\n          ...BreakdownPart\n        }\n        donation {\n          ...BreakdownPart\n        }\n        vat {\n          ...BreakdownPart\n        }\n      }\n      donationOrganisation {\n        name\n      }\n      seller {\n        id\n        kind\n        name\n        verified\n        vacationMode\n        ratings {\n          ...SellerRatings\n        }\n      }\n      provenance {\n        ...ProvenanceTimeline\n      }\n    }\n  }\n  fragment BreakdownPart on Money {\n    amount\n    formatted(locale: $locale)\n  }\n"): typeof import('./graphql').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n      number\n      title\n      kind\n      state\n      outcome\n      problemStatement\n      body\n      pollType\n      votingClosesAt\n      myReceipt\n      author {\n        memberId\n        name\n      }\n      options {\n        id\n        label\n      }\n      policyChanges {\n        key\n        value\n      }\n      thread {\n        id\n        parentId\n        authorName\n        memberClass\n        body\n        createdAt\n      }\n      amendments {\n        version\n        summary\n        changes {\n          field\n          lines {\n            op\n            text\n          }\n        }\n      }\n      deliberationStatus {\n        participants\n        classes\n        missing\n      }\n      participation {\n        electorate\n        ballotsCast\n      }\n      result {\n        outcome\n        reason\n        electorate\n        ballotsCast\n        abstentions\n        quorumNeeded\n        winner\n        blockReasons\n        weights {\n          memberClass\n          voters\n          ballotWeight\n        }\n        totals {\n          key\n          label\n          ballots\n          percent\n        }\n        rounds {\n          totals {\n            key\n            label\n            percent\n          }\n          eliminated\n          tieBreak\n        }\n      }\n      tasks {\n        id\n        title\n        dueOn\n        doneAt\n      }\n      reviews {\n        id\n        whatWorked\n        whatDidNot\n      }\n    }\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposalPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestProposalPage($id: ID!) {\n    proposal(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').GuestProposalPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberIds {\n    myMemberships {\n      id\n    }\n  }\n"): typeof import('./graphql').MyMemberIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      state\n    }\n  }\n"): typeof import('./graphql').PublishProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostInThread($input: PostInThreadInput!) {\n    postInThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostInThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVoting($id: ID!) {\n    openVoting(id: $id) {\n      state\n    }\n  }\n"): typeof import('./graphql').OpenVotingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n"): typeof import('./graphql').CastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      version\n    }\n  }\n"): typeof import('./graphql').AmendProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalParameters {\n    policyParameters {\n      key\n      type\n      value\n      description\n    }\n  }\n"): typeof import('./graphql').ProposalParametersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals($states: [ProposalState!]) {\n    proposals(states: $states) {\n      id\n      number\n      title\n      kind\n      state\n      outcome\n      votingClosesAt\n      author {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {\n    categories {\n      slug\n      name(locale: $locale)\n    }\n    searchProducts(query: $query, filter: $filter, sort: $sort, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        fair {\n          value\n          count\n        }\n        ecological {\n          value\n          count\n        }\n        smallAndPrecious {\n          value\n          count\n        }\n        traceable {\n          value\n          count\n        }\n        condition {\n          value\n          count\n        }\n        originCountries {\n          value\n          count\n        }\n        priceBands {\n          value\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {\n    seller(id: $id, kind: $kind) {\n      id\n      kind\n      name\n      verified\n      commercial\n      isNgo\n      vacationMode\n      ratings {\n        ...SellerRatings\n      }\n      products(first: 24, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...ProductCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SellerPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccounts($search: String) {\n    staffAccounts(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          platformRole\n          emailConfirmedAt\n          suspendedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSuspendAccount($id: ID!, $input: StaffReasonInput!) {\n    suspendAccount(id: $id, input: $input) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').StaffSuspendAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffReinstateAccount($id: ID!) {\n    reinstateAccount(id: $id) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').StaffReinstateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAuditEvents($action: String, $subjectId: String, $after: String) {\n    auditEvents(action: $action, subjectId: $subjectId, after: $after, first: 50) {\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          actorAccountId\n          subjectType\n          subjectId\n          clientAddress\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').StaffAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCategories($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n  }\n"): typeof import('./graphql').StaffCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCreateCategory($input: CreateCategoryInput!, $locale: String!) {\n    createCategory(input: $input) {\n      id\n      name(locale: $locale)\n    }\n  }\n"): typeof import('./graphql').StaffCreateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DividendReportCsv($id: ID!) {\n    dividendReportCsv(allocationId: $id)\n  }\n"): typeof import('./graphql').DividendReportCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DividendSepaFile($id: ID!) {\n    dividendSepaFile(allocationId: $id) {\n      fileName\n      xml\n    }\n  }\n"): typeof import('./graphql').DividendSepaFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DividendBoard($locale: String!) {\n    fiscalYears {\n      id\n      label\n      state\n      startsAt\n      endsAt\n      figures {\n        revenue {\n          formatted(locale: $locale)\n        }\n        costs {\n          formatted(locale: $locale)\n        }\n        surplus {\n          formatted(locale: $locale)\n        }\n      }\n      costs {\n        id\n        description\n        documentReference\n        amount {\n          formatted(locale: $locale)\n        }\n      }\n      allocation {\n        id\n        state\n        digest\n        runs\n        nothingToAllocate\n        proposalId\n        sepaExecutedAt\n        surplus {\n          formatted(locale: $locale)\n        }\n        reserve {\n          formatted(locale: $locale)\n        }\n        investorPool {\n          formatted(locale: $locale)\n        }\n        patronagePool {\n          formatted(locale: $locale)\n        }\n        classes {\n          memberClass\n          tier\n          members\n          totalWeight\n          pool {\n            formatted(locale: $locale)\n          }\n          allocated {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DividendBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFiscalYear($input: CreateFiscalYearInput!) {\n    createFiscalYear(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateFiscalYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFiscalCost($input: AddFiscalCostInput!) {\n    addFiscalCost(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddFiscalCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFiscalYear($id: ID!) {\n    closeFiscalYear(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseFiscalYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDividendAllocation($id: ID!) {\n    runDividendAllocation(fiscalYearId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RunDividendAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeDividendAllocation($id: ID!) {\n    proposeDividendAllocation(allocationId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposeDividendAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayOutDividends($id: ID!) {\n    payOutDividends(allocationId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PayOutDividendsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDividendSepaExecuted($id: ID!) {\n    markDividendSepaExecuted(allocationId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').MarkDividendSepaExecutedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers {\n    members(first: 200) {\n      id\n      number\n      name\n      memberClass\n      status\n      shares\n    }\n  }\n"): typeof import('./graphql').StaffMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n"): typeof import('./graphql').SuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n"): typeof import('./graphql').ReinstateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationQueue {\n    verificationQueue(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          legalName\n          street\n          postalCode\n          city\n          country\n          vatId\n          imprint\n          createdAt\n          missingLegalDetails\n          verificationRefusedAt\n          verificationRefusalReason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VerificationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffVerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').StaffVerifyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRefuseVerification($id: ID!, $input: StaffReasonInput!) {\n    refuseVerification(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').StaffRefuseVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TradeStatisticsPage($locale: String!) {\n    coopTradeStatistics {\n      currency\n      coopShare\n      total {\n        trades\n        volume {\n          formatted(locale: $locale)\n        }\n      }\n      byMonth {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n      byCategory {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n      byCountryPair {\n        key\n        trades\n        volume {\n          amount\n          formatted(locale: $locale)\n        }\n      }\n    }\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n"): typeof import('./graphql').TradeStatisticsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicePdf($id: ID!) {\n    wholesaleInvoice(id: $id) {\n      number\n      pdfBase64\n      seller {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvoicePdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceXml($id: ID!) {\n    wholesaleInvoice(id: $id) {\n      number\n      xrechnungXml\n      seller {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvoiceXmlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NegotiationPage($id: ID!, $locale: String!) {\n    wholesaleNegotiation(id: $id) {\n      id\n      state\n      round\n      expiresAt\n      buyerOrganisationId\n      sellerOrganisationId\n      buyer {\n        name\n      }\n      seller {\n        name\n      }\n      offer {\n        id\n        title\n        unit\n        currency\n      }\n      onTable {\n        id\n        side\n        round\n        quantity\n        deliveryDate\n        validUntil\n        unitPrice {\n          amount\n          currency\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n      }\n      proposals {\n        id\n        side\n        round\n        quantity\n        deliveryDate\n        createdAt\n        unitPrice {\n          formatted(locale: $locale)\n        }\n        total {\n          formatted(locale: $locale)\n        }\n      }\n      messages {\n        id\n        side\n        body\n        createdAt\n      }\n      purchaseOrder {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').NegotiationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeTerms($id: ID!, $input: ProposalInput!) {\n    proposeWholesaleTerms(negotiationId: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposeTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptProposal($id: ID!) {\n    acceptWholesaleProposal(negotiationId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineProposal($id: ID!, $message: String!) {\n    declineWholesaleProposal(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeclineProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($id: ID!, $message: String!) {\n    withdrawWholesaleProposal(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTradeMessage($id: ID!, $message: String!) {\n    sendWholesaleMessage(negotiationId: $id, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendTradeMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WholesaleOfferPage($id: ID!, $locale: String!) {\n    wholesaleOffer(id: $id) {\n      id\n      title\n      description\n      unit\n      currency\n      state\n      availableQuantity\n      minimumQuantity\n      incoterm\n      incotermPlace\n      leadTimeDays\n      paymentNetDays\n      skontoBp\n      skontoDays\n      vatRateBp\n      validUntil\n      sellerOrganisationId\n      seller {\n        name\n        country\n      }\n      tiers {\n        minQuantity\n        unitPrice {\n          formatted(locale: $locale)\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WholesaleOfferPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestQuote($input: RequestQuoteInput!) {\n    requestWholesaleQuote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RequestQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferProducts($organisationId: ID!) {\n    myProducts(organisationId: $organisationId, first: 100) {\n      edges {\n        node {\n          id\n          title\n          categoryId\n        }\n      }\n    }\n    wholesaleOffers(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').OfferProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOffer($input: PublishOfferInput!) {\n    publishWholesaleOffer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchaseOrderPage($id: ID!, $locale: String!) {\n    wholesalePurchaseOrder(id: $id) {\n      id\n      state\n      quantity\n      deliveredQuantity\n      deliveryDate\n      createdAt\n      sellerOrganisationId\n      buyerOrganisationId\n      seller {\n        name\n      }\n      buyer {\n        name\n      }\n      offer {\n        id\n        title\n        unit\n        currency\n        incoterm\n        incotermPlace\n      }\n      unitPrice {\n        formatted(locale: $locale)\n      }\n      netTotal {\n        formatted(locale: $locale)\n      }\n      deliveries {\n        id\n        position\n        quantity\n        note\n        deliveredAt\n        custodyRecordId\n      }\n      invoices {\n        id\n        number\n        state\n        dueDate\n        skontoUntil\n        skontoBp\n        reverseCharge\n        net {\n          formatted(locale: $locale)\n        }\n        vat {\n          formatted(locale: $locale)\n        }\n        gross {\n          formatted(locale: $locale)\n        }\n        paid {\n          formatted(locale: $locale)\n        }\n        amountDueToday {\n          amount\n          currency\n          formatted(locale: $locale)\n        }\n        payments {\n          id\n          method\n          paidOn\n          reference\n          amount {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n    paymentConfig {\n      testMode\n      publishableKey\n    }\n  }\n"): typeof import('./graphql').PurchaseOrderPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDelivery($id: ID!, $input: RecordDeliveryInput!) {\n    recordWholesaleDelivery(purchaseOrderId: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInvoicePaid($id: ID!, $input: MarkInvoicePaidInput!) {\n    markWholesaleInvoicePaid(invoiceId: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MarkInvoicePaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayInvoiceOnline($id: ID!, $key: String!) {\n    payWholesaleInvoiceOnline(invoiceId: $id, idempotencyKey: $key) {\n      state\n      clientSecret\n    }\n  }\n"): typeof import('./graphql').PayInvoiceOnlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayInvoiceOffline($id: ID!, $key: String!) {\n    payWholesaleInvoiceOffline(invoiceId: $id, idempotencyKey: $key) {\n      state\n    }\n  }\n"): typeof import('./graphql').PayInvoiceOfflineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TradeDesk($organisationId: ID!, $filter: WholesaleOfferFilter!, $locale: String!) {\n    wholesaleOffers(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          unit\n          availableQuantity\n          minimumQuantity\n          incoterm\n          incotermPlace\n          validUntil\n          sellerOrganisationId\n          seller {\n            name\n            country\n          }\n          tiers {\n            minQuantity\n            unitPrice {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n    wholesaleNegotiations(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          state\n          round\n          updatedAt\n          sellerOrganisationId\n          offer {\n            title\n            unit\n          }\n          buyer {\n            name\n          }\n          seller {\n            name\n          }\n          onTable {\n            quantity\n            unitPrice {\n              formatted(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n    wholesalePurchaseOrders(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          state\n          quantity\n          deliveredQuantity\n          createdAt\n          sellerOrganisationId\n          offer {\n            title\n            unit\n          }\n          buyer {\n            name\n          }\n          seller {\n            name\n          }\n          netTotal {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n    wholesaleInvoices(organisationId: $organisationId, first: 50) {\n      edges {\n        node {\n          id\n          number\n          state\n          dueDate\n          purchaseOrderId\n          sellerOrganisationId\n          seller {\n            name\n          }\n          buyer {\n            name\n          }\n          gross {\n            formatted(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TradeDeskDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
